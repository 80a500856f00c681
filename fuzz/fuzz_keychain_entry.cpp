// What the keychain gives back: the main entry (inline secret or chunk header), chunk entries,
// and the token set codec inside. The input is the main entry, then chunk entries, separated by
// "\n--\n"; the whole input is also read as a token set entry and stored as a secret.
#include "FuzzSupport.h"
#include "vault/ChunkedSecretFormat.h"
#include "vault/TokenSetCodec.h"

#include <QList>

namespace {
QList<QByteArray> entries(const QByteArray &input)
{
    static const QByteArray separator("\n--\n");
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (qsizetype at; (at = input.indexOf(separator, from)) >= 0; from = at + separator.size())
        parts.append(input.mid(from, at - from));
    parts.append(input.mid(from));
    return parts;
}

void decodeTokens(const QByteArray &data)
{
    const Result<TokenSet> tokens = TokenSetCodec::decode(data);
    if (!tokens)
        return;
    const TokenSet &t = tokens.value();
    FuzzSupport::check(!t.accessToken.isEmpty() || !t.refreshToken.isEmpty(),
                       "a decoded entry holds a token");
    // What we read, written again, reads back the same.
    const Result<TokenSet> again = TokenSetCodec::decode(TokenSetCodec::encode(t));
    FuzzSupport::check(again.ok(), "an encoded token set decodes");
    const TokenSet &u = again.value();
    FuzzSupport::check(u.accessToken == t.accessToken && u.refreshToken == t.refreshToken
                           && u.scope == t.scope && u.accessTokenExpiresAt == t.accessTokenExpiresAt
                           && u.accessTokenIssuedAt == t.accessTokenIssuedAt,
                       "token set round trip");
}

// As SecretReadJob reads a main entry and its chunks.
void readStored(const QList<QByteArray> &stored)
{
    const QByteArray &main = stored.first();
    switch (ChunkedSecretFormat::kindOf(main)) {
    case ChunkedSecretFormat::EntryKind::Inline:
        decodeTokens(ChunkedSecretFormat::inlineSecret(main));
        return;
    case ChunkedSecretFormat::EntryKind::Damaged:
        return;
    case ChunkedSecretFormat::EntryKind::Header:
        break;
    }
    const std::optional<ChunkHeader> header = ChunkedSecretFormat::parseHeader(main);
    FuzzSupport::check(header.has_value(), "a header entry parses");
    FuzzSupport::check(header->endIndex() - 1 <= ChunkedSecretFormat::MaxChunkIndex,
                       "a stored set stays within the chunk indices");
    QByteArray secret;
    for (int n = 0; n < header->count; ++n) {
        if (1 + n >= stored.size())
            return;
        const auto payload = ChunkedSecretFormat::chunkPayload(stored.at(1 + n), *header);
        if (!payload)
            return;
        secret.append(*payload);
    }
    if (ChunkedSecretFormat::isComplete(*header, secret))
        decodeTokens(secret);
}

// As SecretWriteJob stores a secret over the set in force (read from the main entry).
void store(const QByteArray &secret, const QByteArray &currentMain)
{
    if (secret.isEmpty() || secret.size() > ChunkedSecretFormat::maxSecretSize())
        return;
    if (ChunkedSecretFormat::fitsInline(secret)) {
        const QByteArray entry = ChunkedSecretFormat::inlineEntry(secret);
        FuzzSupport::check(entry.size() <= ChunkedSecretFormat::MaxEntryBytes, "inline fits");
        FuzzSupport::check(ChunkedSecretFormat::kindOf(entry)
                                   == ChunkedSecretFormat::EntryKind::Inline
                               && ChunkedSecretFormat::inlineSecret(entry) == secret,
                           "inline round trip");
        return;
    }
    const std::optional<ChunkHeader> current = ChunkedSecretFormat::parseHeader(currentMain);
    const int count = ChunkedSecretFormat::headerFor(secret, 1).count;
    const ChunkHeader header = ChunkedSecretFormat::headerFor(
        secret, ChunkedSecretFormat::firstIndexAvoiding(current, count));
    FuzzSupport::check(header.endIndex() - 1 <= ChunkedSecretFormat::MaxChunkIndex,
                       "a new set stays within the chunk indices");
    if (current)
        FuzzSupport::check(header.endIndex() <= current->firstIndex
                               || header.firstIndex >= current->endIndex(),
                           "a new set never overwrites the set in force");
    const QByteArray headerEntry = ChunkedSecretFormat::headerEntry(header);
    FuzzSupport::check(headerEntry.size() <= ChunkedSecretFormat::MaxEntryBytes, "header fits");
    const std::optional<ChunkHeader> parsed = ChunkedSecretFormat::parseHeader(headerEntry);
    FuzzSupport::check(parsed && parsed->firstIndex == header.firstIndex
                           && parsed->count == header.count
                           && parsed->generation == header.generation,
                       "a written header reads back");
    QByteArray assembled;
    for (int n = 0; n < header.count; ++n) {
        const QByteArray chunk = ChunkedSecretFormat::chunkEntry(header, secret, n);
        FuzzSupport::check(chunk.size() <= ChunkedSecretFormat::MaxEntryBytes, "chunk fits");
        const auto payload = ChunkedSecretFormat::chunkPayload(chunk, *parsed);
        FuzzSupport::check(payload.has_value(), "a written chunk belongs to its set");
        assembled.append(*payload);
    }
    FuzzSupport::check(ChunkedSecretFormat::isComplete(*parsed, assembled), "chunk round trip");
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceLogs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const QList<QByteArray> stored = entries(input);
    readStored(stored);
    decodeTokens(input);
    // Small inputs stand for big secrets too, so the chunked path is reached.
    const QByteArray secret = input.size() < 64 ? input.repeated(200) : input;
    store(secret, stored.first());
    return 0;
}
