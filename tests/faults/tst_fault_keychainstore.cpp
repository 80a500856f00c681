// The keychain store against a real gnome-keyring that stops answering (its daemon paused):
// every call ends in time with an error the patient can act on, and no second call on an entry
// starts while the first is still pending.
#include "FaultTestMain.h"

#include "EventLoopWait.h"
#include "vault/KeychainStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>

namespace {
constexpr int TimeoutMs = 1500;

template<typename T, typename Start> std::optional<T> waitFor(Start start, int timeoutMs = 20000)
{
    QObject context;
    std::optional<T> out;
    start(&context, [&out](const T &value) { out = value; });
    QElapsedTimer clock;
    clock.start();
    while (!out && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return out;
}
} // namespace

class TestFaultKeychainStore : public QObject
{
    Q_OBJECT
public:
    explicit TestFaultKeychainStore(PrivateKeyring *keyring)
        : m_keyring(keyring)
    { }

private:
    PrivateKeyring *m_keyring;
    QTemporaryDir m_dir;

    std::unique_ptr<KeychainStore> makeStore()
    {
        KeychainStore::Options options;
        options.timeoutMs = TimeoutMs;
        options.retryDelayMs = 50;
        options.plainTextFile = m_dir.filePath(QStringLiteral("never.ini"));
        return std::make_unique<KeychainStore>(options);
    }

    using ReadResult = Result<std::optional<QByteArray>>;

    static std::optional<ReadResult> read(KeychainStore &store, const QString &key)
    {
        return waitFor<ReadResult>(
            [&](QObject *context, auto done) { store.read(key, context, done); });
    }
    static std::optional<Status> write(KeychainStore &store, const QString &key,
                                       const QByteArray &secret)
    {
        return waitFor<Status>(
            [&](QObject *context, auto done) { store.write(key, secret, context, done); });
    }

private Q_SLOTS:
    void cleanup() { m_keyring->resume(); }

    void hungKeychainTimesOutAndNeverStacksCalls()
    {
        auto store = makeStore();
        const QString key = QStringLiteral("tokens/faults/") + QUuid::createUuid().toString();
        const auto written = write(*store, key, "first");
        QVERIFY(written && written->ok());

        QVERIFY(m_keyring->pause());
        QElapsedTimer clock;
        clock.start();
        const auto hung = read(*store, key);
        QVERIFY2(hung, "no answer at all");
        QVERIFY(!hung->ok());
        QCOMPARE(hung->error().kind, AppError::Kind::KeychainUnavailable);
        QVERIFY(hung->error().retryable);
        QVERIFY2(hung->error().userMessage.contains(QStringLiteral("not answering")),
                 qPrintable(hung->error().userMessage));
        QVERIFY2(clock.elapsed() >= TimeoutMs - 100 && clock.elapsed() < 4 * TimeoutMs,
                 qPrintable(QString::number(clock.elapsed())));

        // The first call is still pending in the keychain: a write is refused at once.
        clock.restart();
        const auto refused = write(*store, key, "second");
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().kind, AppError::Kind::KeychainUnavailable);
        QVERIFY2(clock.elapsed() < TimeoutMs, qPrintable(QString::number(clock.elapsed())));

        QVERIFY(m_keyring->resume());
        // Once the keychain answers again the entry is there, unchanged: "second" was never
        // written behind the pending call.
        std::optional<ReadResult> again;
        EventLoopWait::until(
            [&] {
                again = read(*store, key);
                return again && again->ok();
            },
            20000);
        QVERIFY2(again && again->ok(), "the keychain did not recover");
        QVERIFY(again->value().has_value());
        QCOMPARE(*again->value(), QByteArray("first"));
        const auto removed = waitFor<Status>(
            [&](QObject *context, auto done) { store->remove(key, context, done); });
        QVERIFY(removed && removed->ok());
    }
};

PKBLINK_FAULT_TEST_MAIN(TestFaultKeychainStore)
#include "tst_fault_keychainstore.moc"
