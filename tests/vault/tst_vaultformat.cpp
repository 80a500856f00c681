// The vault's formats without a keychain: the chunk layout, the token serialisation and keys.
#include "vault/ChunkedSecretFormat.h"
#include "vault/TokenSetCodec.h"
#include "vault/TokenVault.h"

#include "VaultTestSupport.h"

#include <QCborMap>
#include <QCborValue>
#include <QtTest>

using Format = ChunkedSecretFormat;

class TestVaultFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenSetRoundTrip()
    {
        const TokenSet tokens = VaultTest::tokensIssuedNow(600);
        const auto decoded = TokenSetCodec::decode(TokenSetCodec::encode(tokens));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().accessToken, tokens.accessToken);
        QCOMPARE(decoded.value().refreshToken, tokens.refreshToken);
        QCOMPARE(decoded.value().scope, tokens.scope);
        // Whole seconds are kept.
        QCOMPARE(decoded.value().accessTokenExpiresAt.toSecsSinceEpoch(),
                 tokens.accessTokenExpiresAt.toSecsSinceEpoch());
        QCOMPARE(decoded.value().accessTokenExpiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(decoded.value().accessTokenIssuedAt.toSecsSinceEpoch(),
                 tokens.accessTokenIssuedAt.toSecsSinceEpoch());
    }

    void refreshLeadIsAtMostHalfTheLifetime_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<int>("configuredLead");
        QTest::addColumn<int>("expectedLead");
        QTest::newRow("5 s token") << 5 << 60 << 2;
        QTest::newRow("30 s token") << 30 << 60 << 15;
        QTest::newRow("600 s token") << 600 << 60 << 60;
        QTest::newRow("1800 s token") << 1800 << 60 << 60;
        QTest::newRow("no lead") << 600 << 0 << 0;
        QTest::newRow("negative lead") << 600 << -5 << 0;
    }

    void refreshLeadIsAtMostHalfTheLifetime()
    {
        QFETCH(int, lifetime);
        QFETCH(int, configuredLead);
        QFETCH(int, expectedLead);
        const TokenSet tokens = VaultTest::tokensIssuedNow(lifetime);
        QCOMPARE(tokens.refreshLeadSeconds(configuredLead), expectedLead);
        // An entry saved before the issue time was kept: the configured lead applies.
        TokenSet legacy = tokens;
        legacy.accessTokenIssuedAt = {};
        QCOMPARE(legacy.refreshLeadSeconds(configuredLead), qMax(0, configuredLead));
    }

    void tokenSetWithoutRefreshToken()
    {
        TokenSet tokens = VaultTest::tokensExpiringIn(600, false);
        const auto decoded = TokenSetCodec::decode(TokenSetCodec::encode(tokens));
        QVERIFY(decoded.ok());
        QVERIFY(!decoded.value().hasRefreshToken());
        QCOMPARE(decoded.value().accessToken, tokens.accessToken);
    }

    void twoKilobyteTokensFitOneEntry()
    {
        // Two realistic 900-byte tokens and the overhead stay within one Windows entry.
        const TokenSet tokens = VaultTest::tokensExpiringIn(600, true, 900);
        const QByteArray encoded = TokenSetCodec::encode(tokens);
        QVERIFY2(Format::fitsInline(encoded), QByteArray::number(encoded.size()).constData());
        QVERIFY(encoded.size() < 900 * 2 + 40);
    }

    void tokenSetRejectsHostileData_data()
    {
        QTest::addColumn<QByteArray>("data");
        const auto cbor = [](const QCborMap &map) {
            return map.toCborValue().toCbor();
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\xff\x00garbage", 9);
        QTest::newRow("json") << QByteArray(R"({"a":"x"})");
        QTest::newRow("array") << QCborValue(QCborArray { 1, 2 }).toCbor();
        QTest::newRow("no version") << cbor(QCborMap { { 1, QStringLiteral("a") } });
        QTest::newRow("newer version") << cbor(QCborMap { { 0, 2 }, { 1, QStringLiteral("a") } });
        QTest::newRow("version as text")
            << cbor(QCborMap { { 0, QStringLiteral("1") }, { 1, QStringLiteral("a") } });
        QTest::newRow("token as bytes") << cbor(QCborMap { { 0, 1 }, { 1, QByteArray("a") } });
        QTest::newRow("refresh as int") << cbor(QCborMap { { 0, 1 }, { 2, 5 } });
        QTest::newRow("no token") << cbor(QCborMap { { 0, 1 }, { 4, QStringLiteral("PATIENT") } });
        QTest::newRow("negative expiry")
            << cbor(QCborMap { { 0, 1 }, { 1, QStringLiteral("a") }, { 3, -5 } });
        QTest::newRow("huge expiry")
            << cbor(QCborMap { { 0, 1 }, { 1, QStringLiteral("a") }, { 3, Q_INT64_C(1) << 60 } });
        QTest::newRow("expiry as text") << cbor(
            QCborMap { { 0, 1 }, { 1, QStringLiteral("a") }, { 3, QStringLiteral("soon") } });
        QTest::newRow("truncated")
            << TokenSetCodec::encode(VaultTest::tokensExpiringIn(60)).left(40);
    }

    void tokenSetRejectsHostileData()
    {
        QFETCH(QByteArray, data);
        const auto decoded = TokenSetCodec::decode(data);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().kind, AppError::Kind::Storage);
        QVERIFY(!decoded.error().userMessage.isEmpty());
    }

    void inlineEntry()
    {
        const QByteArray secret(Format::MaxEntryBytes - 1, 'x');
        QVERIFY(Format::fitsInline(secret));
        QVERIFY(!Format::fitsInline(secret + 'y'));
        const QByteArray entry = Format::inlineEntry(secret);
        QCOMPARE(entry.size(), Format::MaxEntryBytes);
        QCOMPARE(Format::kindOf(entry), Format::EntryKind::Inline);
        QCOMPARE(Format::inlineSecret(entry), secret);
    }

    void chunkedRoundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("just over one entry") << Format::MaxEntryBytes;
        QTest::newRow("exactly two chunks") << int(2 * Format::chunkCapacity());
        QTest::newRow("6 KB") << 6 * 1024;
        QTest::newRow("largest") << int(Format::maxSecretSize());
    }

    void chunkedRoundTrip()
    {
        QFETCH(int, size);
        const QByteArray secret = VaultTest::realisticToken(size, "s").toLatin1();
        const ChunkHeader header = Format::headerFor(secret, 3);
        const QByteArray headerEntry = Format::headerEntry(header);
        QVERIFY(headerEntry.size() <= Format::MaxEntryBytes);
        QCOMPARE(Format::kindOf(headerEntry), Format::EntryKind::Header);
        const auto parsed = Format::parseHeader(headerEntry);
        QVERIFY(parsed);
        QCOMPARE(parsed->firstIndex, 3);
        QCOMPARE(parsed->count, header.count);
        QByteArray assembled;
        for (int n = 0; n < parsed->count; ++n) {
            const QByteArray chunk = Format::chunkEntry(header, secret, n);
            QVERIFY(chunk.size() <= Format::MaxEntryBytes);
            const auto payload = Format::chunkPayload(chunk, *parsed);
            QVERIFY(payload);
            assembled += *payload;
        }
        QVERIFY(Format::isComplete(*parsed, assembled));
        QCOMPARE(assembled, secret);
        QVERIFY(!Format::isComplete(*parsed, QByteArray(assembled.chopped(1) + '!')));
    }

    void chunkOfAnotherSetIsRejected()
    {
        const QByteArray secret(5000, 'a');
        const ChunkHeader current = Format::headerFor(secret, 1);
        const ChunkHeader other = Format::headerFor(secret, 1);
        QVERIFY(current.generation != other.generation);
        QVERIFY(!Format::chunkPayload(Format::chunkEntry(other, secret, 0), current));
        QVERIFY(!Format::chunkPayload(Format::inlineEntry(secret.left(10)), current));
        QVERIFY(!Format::chunkPayload(QByteArray(), current));
        QVERIFY(
            !Format::chunkPayload(QByteArray(QByteArray(1, '\x03') + current.generation), current));
    }

    void headerRejectsHostileData_data()
    {
        QTest::addColumn<QByteArray>("entry");
        const ChunkHeader good = Format::headerFor(QByteArray(5000, 'a'), 1);
        const auto header = [&good](auto change) -> QByteArray {
            QCborMap map = QCborValue::fromCbor(Format::headerEntry(good).mid(1)).toMap();
            change(map);
            return QByteArray(1, '\x02') + map.toCborValue().toCbor();
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("tag only") << QByteArray(1, '\x02');
        QTest::newRow("unknown tag") << QByteArray("\x07"
                                                   "abc");
        QTest::newRow("garbage cbor") << QByteArray("\x02\xff\xfe\xfd");
        QTest::newRow("truncated") << Format::headerEntry(good).chopped(5);
        QTest::newRow("oversized")
            << QByteArray(Format::headerEntry(good) + QByteArray(2000, '\0'));
        QTest::newRow("version 2") << header([](QCborMap &m) { m.insert(0, 2); });
        QTest::newRow("count 0") << header([](QCborMap &m) { m.insert(3, 0); });
        QTest::newRow("count huge") << header([](QCborMap &m) { m.insert(3, 100000); });
        QTest::newRow("count mismatch") << header([](QCborMap &m) { m.insert(3, 4); });
        QTest::newRow("first index 0") << header([](QCborMap &m) { m.insert(2, 0); });
        QTest::newRow("first index negative") << header([](QCborMap &m) { m.insert(2, -3); });
        QTest::newRow("first index huge") << header([](QCborMap &m) { m.insert(2, 1 << 30); });
        QTest::newRow("size negative") << header([](QCborMap &m) { m.insert(4, -1); });
        QTest::newRow("short digest")
            << header([](QCborMap &m) { m.insert(5, QByteArray(31, 'x')); });
        QTest::newRow("generation as text")
            << header([](QCborMap &m) { m.insert(1, QStringLiteral("12345678")); });
        QTest::newRow("no generation") << header([](QCborMap &m) { m.remove(1); });
    }

    void headerRejectsHostileData()
    {
        QFETCH(QByteArray, entry);
        QVERIFY(!Format::parseHeader(entry));
        QCOMPARE(Format::kindOf(entry), Format::EntryKind::Damaged);
    }

    void newChunkSetsNeverOverlapTheCurrentOne()
    {
        // Every sequence of sizes: the new set avoids the current one and stays in bounds.
        std::optional<ChunkHeader> current;
        for (int round = 0; round < 2000; ++round) {
            const int count = 1 + int(QRandomGenerator::global()->bounded(Format::MaxChunks));
            const int first = Format::firstIndexAvoiding(current, count);
            QVERIFY(first >= 1);
            QVERIFY(first + count - 1 <= Format::MaxChunkIndex);
            QVERIFY(first <= 2 * Format::MaxChunks); // parseHeader accepts it
            if (current) {
                const bool disjoint =
                    first + count <= current->firstIndex || first >= current->endIndex();
                QVERIFY(disjoint);
            }
            ChunkHeader next;
            next.firstIndex = first;
            next.count = count;
            current = next;
        }
    }

    void keychainKeysSeparateAccountsAndEnvironments()
    {
        const auto env = [](const char *id, const char *url) {
            return EnvironmentConfig::preset(QString::fromLatin1(id),
                                             QUrl(QString::fromLatin1(url)));
        };
        const QString user = QStringLiteral("6f1c1b9e-8d0a-4c53-9a43-1f2e3d4c5b6a");
        QCOMPARE(TokenVault::keychainKey(env("sandbox", ""), user),
                 QStringLiteral("tokens/sandbox/https%3A%2F%2Fsandbox.patientsknowbest.com%3A443/")
                     + user);
        QCOMPARE(TokenVault::legacyKeychainKey(env("sandbox", ""), user),
                 QStringLiteral("tokens/sandbox/sandbox.patientsknowbest.com/") + user);
        const QStringList keys = {
            TokenVault::keychainKey(env("sandbox", ""), user),
            TokenVault::keychainKey(env("production-uk", ""), user),
            TokenVault::keychainKey(env("custom", "https://pkb.one.example"), user),
            TokenVault::keychainKey(env("custom", "https://pkb.two.example"), user),
            TokenVault::keychainKey(env("sandbox", ""), QStringLiteral("other-user")),
            // The port is part of the origin that issued the tokens.
            TokenVault::keychainKey(env("local", "http://127.0.0.1:9000"), user),
            TokenVault::keychainKey(env("local", "http://127.0.0.1:9001"), user),
            TokenVault::keychainKey(env("custom", "https://pkb.one.example:8443"), user),
        };
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        // Host case does not make a different account.
        QCOMPARE(TokenVault::keychainKey(env("custom", "https://PKB.One.Example"), user),
                 TokenVault::keychainKey(env("custom", "https://pkb.one.example"), user));
    }

    void hostileIdsCannotEscapeTheirKey_data()
    {
        QTest::addColumn<QString>("appUserId");
        QTest::newRow("slashes") << QStringLiteral("../../tokens/sandbox/x");
        QTest::newRow("chunk marker") << QStringLiteral("user#1");
        QTest::newRow("newline") << QStringLiteral("a\nattribute.user = x");
        QTest::newRow("unicode") << QStringLiteral("ü/ß#");
    }

    void hostileIdsCannotEscapeTheirKey()
    {
        QFETCH(QString, appUserId);
        const QString key = TokenVault::keychainKey(
            EnvironmentConfig::preset(QStringLiteral("sandbox")), appUserId);
        QCOMPARE(key.count(QLatin1Char('/')), 3);
        QVERIFY(!key.contains(QLatin1Char('#')));
        QVERIFY(!key.contains(QLatin1Char('\n')));
        // Distinct ids stay distinct.
        QVERIFY(key
                != TokenVault::keychainKey(EnvironmentConfig::preset(QStringLiteral("sandbox")),
                                           appUserId + QLatin1Char('x')));
    }
};

QTEST_GUILESS_MAIN(TestVaultFormat)
#include "tst_vaultformat.moc"
