// No Secret Service at all (D-Bus session bus pointed nowhere): typed, helpful errors and no
// secret in any file, unless the administrator allows the plain-text token file.
#include "config/AppSettings.h"
#include "vault/KeychainStore.h"
#include "vault/TokenVault.h"

#include "FakeTokenRefresher.h"
#include "VaultTestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using ReadResult = Result<std::optional<QByteArray>>;
using TokenResult = Result<QString>;

#define VERIFY_KEYCHAIN_UNAVAILABLE(result)                                                        \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        QVERIFY2(r_.has_value(), "no callback");                                                   \
        QVERIFY2(!r_->ok(), "expected KeychainUnavailable");                                       \
        QCOMPARE(r_->error().kind, AppError::Kind::KeychainUnavailable);                           \
        QVERIFY(r_->error().userMessage.contains(QStringLiteral("keychain")));                     \
        QVERIFY(r_->error().userMessage.contains(QStringLiteral("try again")));                    \
        QVERIFY(!r_->error().technicalDetail.isEmpty());                                           \
    } while (false)

namespace {
QTemporaryDir *home = nullptr;

// Files under the private HOME that contain needle.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(home->path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly)
            && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}
} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

    FakeTokenRefresher m_refresher;

    static EnvironmentConfig environment()
    {
        return EnvironmentConfig::preset(QStringLiteral("sandbox"));
    }
    // AppSettings as the administrator and the user configured them.
    static std::unique_ptr<AppSettings> settings(const char *systemValue, const char *userValue)
    {
        const QString dir = home->filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QDir().mkpath(dir);
        const auto write = [](const QString &file, const char *value) {
            QSettings ini(file, QSettings::IniFormat);
            if (value)
                ini.setValue(QStringLiteral("security/allowPlainTextTokenStore"),
                             QString::fromLatin1(value));
        };
        write(dir + QStringLiteral("/system.ini"), systemValue);
        write(dir + QStringLiteral("/user.ini"), userValue);
        return std::make_unique<AppSettings>(dir + QStringLiteral("/user.ini"),
                                             dir + QStringLiteral("/system.ini"));
    }
    static KeychainStore::Options options(const AppSettings &appSettings)
    {
        KeychainStore::Options options = KeychainStore::optionsFrom(appSettings);
        options.retryDelayMs = 150;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home && home->isValid());
        QCOMPARE(QDir::homePath(), QDir(home->path()).canonicalPath());
        QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"));
    }

    void storeFailsWithATypedHelpfulError()
    {
        const auto appSettings = settings(nullptr, nullptr);
        QVERIFY(!appSettings->allowPlainTextTokenStore());
        KeychainStore store(options(*appSettings));
        const QString key = QStringLiteral("tokens/sandbox/x/") + QUuid::createUuid().toString();
        const QByteArray secret = "secret-" + QUuid::createUuid().toByteArray();

        QElapsedTimer clock;
        clock.start();
        const auto written = VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { store.write(key, secret, context, done); });
        VERIFY_KEYCHAIN_UNAVAILABLE(written);
        QVERIFY2(clock.elapsed() >= 150, "no retry after the backend was not up");
        QVERIFY(!written->error().technicalDetail.contains(QString::fromLatin1(secret)));

        VERIFY_KEYCHAIN_UNAVAILABLE(VaultTest::waitFor<ReadResult>(
            [&](QObject *context, auto done) { store.read(key, context, done); }));
        VERIFY_KEYCHAIN_UNAVAILABLE(VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { store.remove(key, context, done); }));
        QCOMPARE(filesContaining(secret), QStringList());
        QVERIFY(!QFile::exists(store.options().plainTextFile));
    }

    void userCannotTurnOnThePlainTextFile()
    {
        // The setting is the administrator's: a user file saying true changes nothing.
        const auto appSettings = settings(nullptr, "true");
        QVERIFY(!appSettings->allowPlainTextTokenStore());
        KeychainStore store(options(*appSettings));
        const QByteArray secret = "secret-" + QUuid::createUuid().toByteArray();
        VERIFY_KEYCHAIN_UNAVAILABLE(VaultTest::waitFor<Status>([&](QObject *context, auto done) {
            store.write(QStringLiteral("tokens/a/b/c"), secret, context, done);
        }));
        QCOMPARE(filesContaining(secret), QStringList());
    }

    void vaultReportsKeychainUnavailable()
    {
        const auto appSettings = settings("false", nullptr);
        KeychainStore store(options(*appSettings));
        TokenVault vault(&store, environment(), QUuid::createUuid().toString(), &m_refresher);
        const auto loaded = VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { vault.load(context, done); });
        VERIFY_KEYCHAIN_UNAVAILABLE(loaded);
        QCOMPARE(vault.tokenState(), TokenVault::TokenState::Unknown);
        VERIFY_KEYCHAIN_UNAVAILABLE(VaultTest::waitFor<TokenResult>(
            [&](QObject *context, auto done) { vault.withFreshAccessToken(context, done); }));

        const TokenSet tokens = VaultTest::tokensExpiringIn(3600);
        VERIFY_KEYCHAIN_UNAVAILABLE(VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { vault.store(tokens, context, done); }));
        // Not saved, so not handed out either (the refresh token exists nowhere else).
        VERIFY_KEYCHAIN_UNAVAILABLE(VaultTest::waitFor<TokenResult>(
            [&](QObject *context, auto done) { vault.withFreshAccessToken(context, done); }));
        QCOMPARE(filesContaining(tokens.refreshToken.toLatin1()), QStringList());
        QCOMPARE(filesContaining(tokens.accessToken.toLatin1()), QStringList());
        QCOMPARE(m_refresher.calls(), 0);
    }

    void administratorFallbackWorksWithoutKeychain()
    {
        const auto appSettings = settings("true", nullptr);
        QVERIFY(appSettings->allowPlainTextTokenStore());
        const KeychainStore::Options storeOptions = options(*appSettings);
        QVERIFY(storeOptions.allowPlainTextFallback);
        QVERIFY(storeOptions.plainTextFile.startsWith(home->path()));
        KeychainStore store(storeOptions);
        const QString user = QUuid::createUuid().toString(QUuid::WithoutBraces);
        TokenVault vault(&store, environment(), user, &m_refresher);
        const TokenSet tokens = VaultTest::tokensExpiringIn(3600, true, 6 * 1024);
        VERIFY_OK(VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { vault.store(tokens, context, done); }));

        // A new vault over a new store finds the tokens in the plain-text file.
        KeychainStore otherStore(storeOptions);
        TokenVault again(&otherStore, environment(), user, &m_refresher);
        const auto token = VaultTest::waitFor<TokenResult>(
            [&](QObject *context, auto done) { again.withFreshAccessToken(context, done); });
        VERIFY_OK(token);
        QCOMPARE(token->value(), tokens.accessToken);
        QCOMPARE(again.tokenState(), TokenVault::TokenState::Linked);

        // The file is where the administrator was told, readable by its owner only.
        QCOMPARE(filesContaining(tokens.refreshToken.toLatin1()),
                 QStringList { storeOptions.plainTextFile });
        const QFileDevice::Permissions permissions = QFile::permissions(storeOptions.plainTextFile);
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QCOMPARE(permissions & others, QFileDevice::Permissions());

        // Unlinking removes them from the file.
        VERIFY_OK(VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { again.remove(context, done); }));
        QCOMPARE(filesContaining(tokens.refreshToken.toLatin1()), QStringList());
        TokenVault third(&otherStore, environment(), user, &m_refresher);
        VERIFY_OK(VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { third.load(context, done); }));
        QCOMPARE(third.tokenState(), TokenVault::TokenState::NotLinked);
    }
};

// A private HOME and no D-Bus session before Qt starts, so nothing of the real user is touched
// and no Secret Service can answer (also set by CMake for CTest).
int main(int argc, char *argv[])
{
    QTemporaryDir privateHome;
    home = &privateHome;
    qputenv("HOME", privateHome.path().toLocal8Bit());
    for (const char *name : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                              "XDG_STATE_HOME", "XDG_RUNTIME_DIR" })
        qunsetenv(name);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainunavailable.moc"
