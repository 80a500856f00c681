#include "vault/ChunkedSecretFormat.h"

#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {
constexpr char InlineTag = '\x01';
constexpr char HeaderTag = '\x02';
constexpr char ChunkTag = '\x03';
constexpr int GenerationBytes = 8;
constexpr int HeaderVersion = 1;

enum HeaderField : int {
    Version = 0,
    Generation = 1,
    FirstIndex = 2,
    Count = 3,
    TotalSize = 4,
    Sha256 = 5,
};

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}
} // namespace

QString ChunkedSecretFormat::chunkKey(const QString &key, int index)
{
    return key + QLatin1Char('#') + QString::number(index);
}

qsizetype ChunkedSecretFormat::chunkCapacity()
{
    return MaxEntryBytes - 1 - GenerationBytes;
}

qsizetype ChunkedSecretFormat::maxSecretSize()
{
    return chunkCapacity() * MaxChunks;
}

bool ChunkedSecretFormat::fitsInline(const QByteArray &secret)
{
    return secret.size() + 1 <= MaxEntryBytes;
}

QByteArray ChunkedSecretFormat::inlineEntry(const QByteArray &secret)
{
    return InlineTag + secret;
}

ChunkedSecretFormat::EntryKind ChunkedSecretFormat::kindOf(const QByteArray &mainEntry)
{
    if (mainEntry.startsWith(InlineTag))
        return EntryKind::Inline;
    if (mainEntry.startsWith(HeaderTag) && parseHeader(mainEntry))
        return EntryKind::Header;
    return EntryKind::Damaged;
}

QByteArray ChunkedSecretFormat::inlineSecret(const QByteArray &mainEntry)
{
    Q_ASSERT(mainEntry.startsWith(InlineTag));
    return mainEntry.mid(1);
}

ChunkHeader ChunkedSecretFormat::headerFor(const QByteArray &secret, int firstIndex)
{
    ChunkHeader header;
    header.generation.resize(GenerationBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(header.generation.data()),
                                          GenerationBytes / sizeof(quint32));
    header.firstIndex = firstIndex;
    header.count = int((secret.size() + chunkCapacity() - 1) / chunkCapacity());
    header.totalSize = secret.size();
    header.sha256 = sha256(secret);
    return header;
}

QByteArray ChunkedSecretFormat::headerEntry(const ChunkHeader &header)
{
    QCborMap map;
    map.insert(Version, HeaderVersion);
    map.insert(Generation, header.generation);
    map.insert(FirstIndex, header.firstIndex);
    map.insert(Count, header.count);
    map.insert(TotalSize, header.totalSize);
    map.insert(Sha256, header.sha256);
    return HeaderTag + map.toCborValue().toCbor();
}

std::optional<ChunkHeader> ChunkedSecretFormat::parseHeader(const QByteArray &mainEntry)
{
    if (!mainEntry.startsWith(HeaderTag) || mainEntry.size() > MaxEntryBytes)
        return std::nullopt;
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(mainEntry.mid(1), &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    const auto integer = [&map](int field, qint64 min, qint64 max) -> std::optional<qint64> {
        const QCborValue v = map.value(field);
        if (!v.isInteger() || v.toInteger() < min || v.toInteger() > max)
            return std::nullopt;
        return v.toInteger();
    };
    const auto version = integer(Version, HeaderVersion, HeaderVersion);
    const auto first = integer(FirstIndex, 1, 2 * MaxChunks);
    const auto count = integer(Count, 1, MaxChunks);
    const auto size = integer(TotalSize, 1, maxSecretSize());
    const QCborValue generation = map.value(Generation);
    const QCborValue digest = map.value(Sha256);
    if (!version || !first || !count || !size || !generation.isByteArray()
        || generation.toByteArray().size() != GenerationBytes || !digest.isByteArray()
        || digest.toByteArray().size() != 32)
        return std::nullopt;
    // The count must be exactly what the size needs.
    if (*count != (*size + chunkCapacity() - 1) / chunkCapacity())
        return std::nullopt;
    ChunkHeader header;
    header.generation = generation.toByteArray();
    header.firstIndex = int(*first);
    header.count = int(*count);
    header.totalSize = *size;
    header.sha256 = digest.toByteArray();
    return header;
}

QByteArray ChunkedSecretFormat::chunkEntry(const ChunkHeader &header, const QByteArray &secret,
                                           int n)
{
    return ChunkTag + header.generation + secret.mid(n * chunkCapacity(), chunkCapacity());
}

std::optional<QByteArray> ChunkedSecretFormat::chunkPayload(const QByteArray &chunkEntry,
                                                            const ChunkHeader &header)
{
    if (!chunkEntry.startsWith(ChunkTag) || chunkEntry.size() > MaxEntryBytes
        || chunkEntry.mid(1, GenerationBytes) != header.generation
        || chunkEntry.size() <= 1 + GenerationBytes)
        return std::nullopt;
    return chunkEntry.mid(1 + GenerationBytes);
}

bool ChunkedSecretFormat::isComplete(const ChunkHeader &header, const QByteArray &assembled)
{
    return assembled.size() == header.totalSize && sha256(assembled) == header.sha256;
}

int ChunkedSecretFormat::firstIndexAvoiding(const std::optional<ChunkHeader> &current, int count)
{
    if (!current || count < current->firstIndex)
        return 1;
    // Right after the set in force. Bounded: that set starts at most at 2 * MaxChunks, and a set
    // starting above MaxChunks always leaves room for a new one below it.
    return current->endIndex();
}
