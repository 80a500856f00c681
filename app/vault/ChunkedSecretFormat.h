#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Describes one secret stored in chunks: which chunk entries hold it and how to check them.
struct ChunkHeader
{
    QByteArray generation; // random, repeated in every chunk of this set
    int firstIndex = 1; // the chunks are <key>#firstIndex ... <key>#(firstIndex + count - 1)
    int count = 0;
    qint64 totalSize = 0;
    QByteArray sha256; // of the whole secret

    int endIndex() const { return firstIndex + count; } // one past the last chunk
};

// How one secret is laid out over keychain entries. Windows' Credential Manager caps an entry at
// 2,560 bytes, so a secret that does not fit one entry of MaxEntryBytes is split: the main entry
// <key> holds a ChunkHeader and the chunks live in <key>#<i>. Each entry starts with a tag byte.
// A new chunk set never overwrites the chunks of the set in force (see firstIndexAvoiding), and
// the header is written last, so a reader sees either the old or the new secret, never a mix.
class ChunkedSecretFormat
{
public:
    static constexpr int MaxEntryBytes = 2000;
    static constexpr int MaxChunks = 64;
    // Chunk indices in use never exceed this (see firstIndexAvoiding).
    static constexpr int MaxChunkIndex = 3 * MaxChunks;

    enum class EntryKind { Inline, Header, Damaged };

    static QString chunkKey(const QString &key, int index);
    static qsizetype chunkCapacity(); // payload bytes per chunk entry
    static qsizetype maxSecretSize();
    static bool fitsInline(const QByteArray &secret);

    static QByteArray inlineEntry(const QByteArray &secret);
    static EntryKind kindOf(const QByteArray &mainEntry);
    static QByteArray inlineSecret(const QByteArray &mainEntry);

    // A header (with a fresh random generation) for storing secret in chunks from firstIndex.
    static ChunkHeader headerFor(const QByteArray &secret, int firstIndex);
    static QByteArray headerEntry(const ChunkHeader &header);
    static std::optional<ChunkHeader> parseHeader(const QByteArray &mainEntry);
    // The n-th (0-based) chunk entry of secret under header.
    static QByteArray chunkEntry(const ChunkHeader &header, const QByteArray &secret, int n);
    // The payload of a chunk entry, or nothing if it does not belong to header's set.
    static std::optional<QByteArray> chunkPayload(const QByteArray &chunkEntry,
                                                  const ChunkHeader &header);
    static bool isComplete(const ChunkHeader &header, const QByteArray &assembled);

    // Where a new set of count chunks starts so it does not overlap the set in force.
    static int firstIndexAvoiding(const std::optional<ChunkHeader> &current, int count);
};
