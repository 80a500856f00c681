// KeychainStore against the real Secret Service (gnome-keyring over D-Bus; see ./dev.sh test).
#include "vault/ChunkedSecretFormat.h"
#include "vault/KeychainEntryJob.h"
#include "vault/KeychainStore.h"

#include "SecretTool.h"
#include "VaultTestSupport.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using Format = ChunkedSecretFormat;
using ReadResult = Result<std::optional<QByteArray>>;

class TestKeychainStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_key;
    std::unique_ptr<KeychainStore> m_store;

    KeychainStore::Options options() const
    {
        KeychainStore::Options options;
        options.retryDelayMs = 50;
        options.plainTextFile = m_dir.filePath(QStringLiteral("plain.ini"));
        return options;
    }
    std::optional<Status> write(const QString &key, const QByteArray &secret)
    {
        return VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { m_store->write(key, secret, context, done); });
    }
    std::optional<ReadResult> read(const QString &key, KeychainStore *store = nullptr)
    {
        KeychainStore *s = store ? store : m_store.get();
        return VaultTest::waitFor<ReadResult>(
            [&](QObject *context, auto done) { s->read(key, context, done); });
    }
    std::optional<Status> remove(const QString &key)
    {
        return VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { m_store->remove(key, context, done); });
    }
    // Writes one raw keychain entry behind the store's back (as a crashed writer leaves them).
    bool writeRawEntry(const QString &key, const QByteArray &entry)
    {
        auto *job = new KeychainEntryJob(KeychainEntryJob::Operation::Write,
                                         KeychainStore::serviceName(), key);
        job->setData(entry);
        QSignalSpy spy(job, &KeychainEntryJob::finished);
        bool ok = false;
        connect(job, &KeychainEntryJob::finished, this, [&ok, job] { ok = !job->error(); });
        job->start();
        return spy.wait(VaultTest::WaitMs) && ok;
    }
    QStringList chunkKeys(std::initializer_list<int> indices) const
    {
        QStringList keys { m_key };
        for (int i : indices)
            keys.append(Format::chunkKey(m_key, i));
        keys.sort();
        return keys;
    }
    static QByteArray secretOfSize(int size)
    {
        return VaultTest::realisticToken(size, "secret").toLatin1();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(SecretTool::isAvailable(), "secret-tool (libsecret-tools) is needed");
        m_store = std::make_unique<KeychainStore>(options());
        const QString probe = QStringLiteral("tokens/probe/") + QUuid::createUuid().toString();
        const auto status = write(probe, "probe");
        QVERIFY(status);
        // QVERIFY2 evaluates its message even on success.
        QVERIFY2(status->ok(),
                 qPrintable(QStringLiteral("needs an unlocked Secret Service (run through "
                                           "./dev.sh test): ")
                            + (status->ok() ? QString() : status->error().technicalDetail)));
        VERIFY_OK(remove(probe));
    }

    void init()
    {
        m_key = QStringLiteral("tokens/test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_store = std::make_unique<KeychainStore>(options());
    }

    void cleanup()
    {
        remove(m_key);
        QCOMPARE(SecretTool::keysWithPrefix(m_key), QStringList());
    }

    void serviceNameIsDocumented() { QCOMPARE(KeychainStore::serviceName(), "PKB Link"); }

    void smallSecretRoundTrip()
    {
        const QByteArray secret = secretOfSize(300);
        VERIFY_OK(write(m_key, secret));
        const auto result = read(m_key);
        VERIFY_OK(result);
        QCOMPARE(result->value(), std::optional<QByteArray>(secret));
        // What the keychain really holds: one entry, in our layout.
        QCOMPARE(SecretTool::keysWithPrefix(m_key), QStringList { m_key });
        QCOMPARE(SecretTool::entry(m_key), std::optional(Format::inlineEntry(secret)));

        VERIFY_OK(remove(m_key));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), QStringList());
        const auto afterRemove = read(m_key);
        VERIFY_OK(afterRemove);
        QVERIFY(!afterRemove->value().has_value());
    }

    void missingEntryIsNotAnError()
    {
        const auto result = read(m_key);
        VERIFY_OK(result);
        QVERIFY(!result->value().has_value());
        VERIFY_OK(remove(m_key));
    }

    void sixKilobyteSecretIsChunked()
    {
        const QByteArray secret = secretOfSize(6 * 1024);
        VERIFY_OK(write(m_key, secret));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), chunkKeys({ 1, 2, 3, 4 }));
        for (const QString &key : SecretTool::keysWithPrefix(m_key)) {
            const auto entry = SecretTool::entry(key);
            QVERIFY(entry);
            QVERIFY2(entry->size() <= Format::MaxEntryBytes, qPrintable(key));
        }
        const auto result = read(m_key);
        VERIFY_OK(result);
        QCOMPARE(result->value(), std::optional<QByteArray>(secret));
        // A second store (another process would do the same) reads it too.
        KeychainStore other(options());
        const auto otherResult = read(m_key, &other);
        VERIFY_OK(otherResult);
        QCOMPARE(otherResult->value(), std::optional<QByteArray>(secret));
    }

    void rewritingRemovesLeftoverChunks()
    {
        VERIFY_OK(write(m_key, secretOfSize(6 * 1024)));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), chunkKeys({ 1, 2, 3, 4 }));
        // A bigger set goes after the one in force, which is then removed.
        const QByteArray bigger = secretOfSize(9 * 1024);
        VERIFY_OK(write(m_key, bigger));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), chunkKeys({ 5, 6, 7, 8, 9 }));
        QCOMPARE(read(m_key)->value(), std::optional<QByteArray>(bigger));
        // A smaller one fits below it.
        const QByteArray smaller = secretOfSize(3 * 1024);
        VERIFY_OK(write(m_key, smaller));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), chunkKeys({ 1, 2 }));
        QCOMPARE(read(m_key)->value(), std::optional<QByteArray>(smaller));
        // One that fits one entry leaves no chunk behind.
        const QByteArray small = secretOfSize(200);
        VERIFY_OK(write(m_key, small));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), QStringList { m_key });
        QCOMPARE(read(m_key)->value(), std::optional<QByteArray>(small));
    }

    void removeDeletesEveryChunk()
    {
        VERIFY_OK(write(m_key, secretOfSize(6 * 1024)));
        VERIFY_OK(remove(m_key));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), QStringList());
        QVERIFY(!read(m_key)->value().has_value());
    }

    void interruptedWriteKeepsTheOldSecretAndIsSweptOnRemove()
    {
        const QByteArray secret = secretOfSize(6 * 1024);
        VERIFY_OK(write(m_key, secret));
        // A writer that died after writing two chunks of a new set (right after the set in
        // force), before its header.
        const QByteArray next = secretOfSize(5 * 1024);
        const ChunkHeader dead = Format::headerFor(next, 5);
        QVERIFY(writeRawEntry(Format::chunkKey(m_key, 5), Format::chunkEntry(dead, next, 0)));
        QVERIFY(writeRawEntry(Format::chunkKey(m_key, 6), Format::chunkEntry(dead, next, 1)));
        // Readers still see the old secret, whole.
        QCOMPARE(read(m_key)->value(), std::optional<QByteArray>(secret));
        VERIFY_OK(remove(m_key));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), QStringList());
    }

    void orphanChunksWithoutHeaderAreSwept()
    {
        const QByteArray next = secretOfSize(5 * 1024);
        const ChunkHeader dead = Format::headerFor(next, 1);
        QVERIFY(writeRawEntry(Format::chunkKey(m_key, 1), Format::chunkEntry(dead, next, 0)));
        QVERIFY(writeRawEntry(Format::chunkKey(m_key, 2), Format::chunkEntry(dead, next, 1)));
        QVERIFY(!read(m_key)->value().has_value());
        VERIFY_OK(remove(m_key));
        QCOMPARE(SecretTool::keysWithPrefix(m_key), QStringList());
    }

    void mixedChunkSetIsNeverReturned()
    {
        const QByteArray secret = secretOfSize(6 * 1024);
        VERIFY_OK(write(m_key, secret));
        // Chunk 2 replaced by one of another set (what a broken writer could leave).
        const ChunkHeader other = Format::headerFor(secret, 1);
        QVERIFY(writeRawEntry(Format::chunkKey(m_key, 2), Format::chunkEntry(other, secret, 1)));
        const auto result = read(m_key);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, AppError::Kind::Storage);
        // Writing again repairs it.
        VERIFY_OK(write(m_key, secret));
        QCOMPARE(read(m_key)->value(), std::optional<QByteArray>(secret));
    }

    void corruptedChunkIsNeverReturned()
    {
        // A chunk of the right set whose content changed: only the digest can tell.
        const QByteArray secret = secretOfSize(6 * 1024);
        VERIFY_OK(write(m_key, secret));
        const auto main = SecretTool::entry(m_key);
        QVERIFY(main);
        const auto header = Format::parseHeader(*main);
        QVERIFY(header);
        QByteArray altered = secret;
        altered[int(Format::chunkCapacity()) + 10] = '*';
        QVERIFY(writeRawEntry(Format::chunkKey(m_key, header->firstIndex + 1),
                              Format::chunkEntry(*header, altered, 1)));
        const auto result = read(m_key);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, AppError::Kind::Storage);
    }

    void missingChunkIsNeverReturned()
    {
        VERIFY_OK(write(m_key, secretOfSize(6 * 1024)));
        auto *job = new KeychainEntryJob(KeychainEntryJob::Operation::Delete,
                                         KeychainStore::serviceName(), Format::chunkKey(m_key, 3));
        QSignalSpy spy(job, &KeychainEntryJob::finished);
        job->start();
        QVERIFY(spy.wait(VaultTest::WaitMs));
        const auto result = read(m_key);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, AppError::Kind::Storage);
    }

    void damagedMainEntry_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("untagged") << QByteArray("plain old password");
        QTest::newRow("bad header") << QByteArray("\x02\xff\xff");
        QTest::newRow("empty") << QByteArray();
    }

    void damagedMainEntry()
    {
        QFETCH(QByteArray, entry);
        QVERIFY(writeRawEntry(m_key, entry));
        const auto result = read(m_key);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, AppError::Kind::Storage);
        QVERIFY(!result->error().userMessage.isEmpty());
        // It can be overwritten and removed.
        VERIFY_OK(write(m_key, "fresh"));
        QCOMPARE(read(m_key)->value(), std::optional<QByteArray>("fresh"));
    }

    void operationsOnOneKeyRunInCallOrder()
    {
        const QByteArray big = secretOfSize(6 * 1024);
        QObject context;
        QStringList order;
        std::optional<ReadResult> firstRead, secondRead;
        m_store->write(m_key, "a", &context,
                       [&](const Status &) { order << QStringLiteral("w1"); });
        m_store->write(m_key, big, &context,
                       [&](const Status &) { order << QStringLiteral("w2"); });
        m_store->read(m_key, &context, [&](const ReadResult &r) {
            order << QStringLiteral("r1");
            firstRead = r;
        });
        m_store->remove(m_key, &context, [&](const Status &) { order << QStringLiteral("rm"); });
        m_store->read(m_key, &context, [&](const ReadResult &r) {
            order << QStringLiteral("r2");
            secondRead = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, VaultTest::WaitMs);
        QCOMPARE(order, QStringList({ "w1", "w2", "r1", "rm", "r2" }));
        QCOMPARE(firstRead->value(), std::optional<QByteArray>(big));
        QVERIFY(!secondRead->value().has_value());
    }

    void callbackIsNeverSynchronousAndRunsOnce()
    {
        QObject context;
        int calls = 0;
        m_store->write(m_key, "x", &context, [&calls](const Status &) { ++calls; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, VaultTest::WaitMs);
        // Once: a read of the key runs after the write (call order) and answers after it.
        VERIFY_OK(read(m_key));
        QCOMPARE(calls, 1);
        // Also for an immediate error.
        int errors = 0;
        m_store->read(QString(), &context, [&errors](const ReadResult &r) {
            QCOMPARE(r.error().kind, AppError::Kind::InvalidInput);
            ++errors;
        });
        QCOMPARE(errors, 0);
        QTRY_COMPARE(errors, 1);
    }

    void destroyedContextGetsNoCallbackButTheWriteHappens()
    {
        auto *context = new QObject;
        bool called = false;
        m_store->write(m_key, "kept", context, [&called](const Status &) { called = true; });
        delete context;
        const auto result = read(m_key); // queued behind the write
        VERIFY_OK(result);
        QCOMPARE(result->value(), std::optional<QByteArray>("kept"));
        // The write's callback would have come before the read's.
        QVERIFY(!called);
    }

    void keychainWinsOverThePlainTextFile()
    {
        // Fallback allowed but the keychain works: nothing goes to the plain-text file, and a
        // copy left there from a time without keychain is removed.
        KeychainStore::Options withFallback = options();
        withFallback.allowPlainTextFallback = true;
        m_store = std::make_unique<KeychainStore>(withFallback);
        PlainTextSecretFile file(withFallback.plainTextFile);
        QVERIFY(file.write(m_key, "old plain copy").ok());
        VERIFY_OK(write(m_key, "in keychain"));
        QCOMPARE(read(m_key)->value(), std::optional<QByteArray>("in keychain"));
        QCOMPARE(file.read(m_key).value(), std::optional<QByteArray>());
        QFile raw(withFallback.plainTextFile);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("in keychain"));
    }

    void entryJobMapsErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("isError");
        QTest::newRow("no error") << 0 << false;
        QTest::newRow("not found") << 1 << false;
        QTest::newRow("could not delete") << 2 << true;
        QTest::newRow("denied by user") << 3 << true;
        QTest::newRow("denied (locked)") << 4 << true;
        QTest::newRow("no backend") << 5 << true;
        QTest::newRow("not implemented") << 6 << true;
        QTest::newRow("other") << 7 << true;
    }

    void entryJobMapsErrors()
    {
        QFETCH(int, code);
        QFETCH(bool, isError);
        const AppError error = KeychainEntryJob::errorFor(code, QStringLiteral("backend says no"),
                                                          KeychainEntryJob::Operation::Read);
        QCOMPARE(error.isError(), isError);
        if (!isError)
            return;
        QCOMPARE(error.kind, AppError::Kind::KeychainUnavailable);
        QVERIFY(error.userMessage.contains(QStringLiteral("keychain")));
        QVERIFY(error.technicalDetail.contains(QStringLiteral("backend says no")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
