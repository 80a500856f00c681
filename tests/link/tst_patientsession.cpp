// The linking journey below the widgets: a session links through the real sandbox (the grant
// pages driven over HTTP), keeps its tokens in the real keychain, comes back without a grant,
// survives expiry, and learns when PKB ends the grant.
#include "EventLoopWait.h"
#include "SandboxProcess.h"
#include "accounts/AccountStore.h"
#include "accounts/PasswordHasher.h"
#include "config/AppSettings.h"
#include "core/Redaction.h"
#include "link/AppCore.h"
#include "link/LinkAttempt.h"
#include "link/PatientSession.h"
#include "link/SignInJob.h"
#include "pkb/PatientDetails.h"
#include "vault/KeychainStore.h"
#include "vault/TokenVault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

namespace {

// The outcome of a sign-in or account creation job of the core, once it finished.
Result<PatientSession *> settled(SignInJob *job)
{
    QSignalSpy finished(job, &Job::finished);
    if (!job->isFinished() && !finished.wait(20000))
        return AppError::make(AppError::Kind::Storage, {}, QStringLiteral("job did not finish"));
    if (job->error())
        return job->error();
    return job->session();
}

} // namespace

class TestPatientSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("pkblink.*.debug=true"));
        g_previous = qInstallMessageHandler(capture);
        Redaction::installMessageHandler();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("user.ini")),
                                                   m_dir->filePath(QStringLiteral("system.ini")));
        m_settings->setValue(AppSettings::Key::environment, QStringLiteral("local"));
        m_settings->setValue(AppSettings::Key::baseUrl, m_sandbox.baseUrl().toString());
        m_settings->setValue(AppSettings::Key::clientId, QStringLiteral("pkb-link-local"));
        m_settings->setValue(AppSettings::Key::timeoutSeconds, 5);
        QVERIFY(m_sandbox.reset());
    }

    void cleanup()
    {
        m_core.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void linkThenComeBackWithoutGrant()
    {
        PatientSession *session = newAccount(QStringLiteral("alice"));
        QVERIFY(session);
        QTRY_COMPARE(session->linkState(), SessionLinkState::NotLinked);
        QVERIFY(link(session, QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1")));
        QCOMPARE(session->linkState(), SessionLinkState::Linked);
        QCOMPARE(session->details().givenNames, QStringLiteral("Alice"));
        QCOMPARE(session->details().publicId,
                 QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316"));
        QCOMPARE(session->details().nhsNumbers().value(0).value, QStringLiteral("9991566171"));

        const auto record = m_core->accounts()->linkRecord(session->appUserId());
        QVERIFY(record.ok());
        QCOMPARE(record.value().pkbPublicId,
                 QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316"));
        QCOMPARE(record.value().pkbUserId, QStringLiteral("7329844"));
        QCOMPARE(record.value().environmentId, QStringLiteral("local"));

        // A new run of the app: sign in again, details come without any grant page.
        const int authorizeRequests =
            m_sandbox.requestCount(QStringLiteral("/apiAuthorize.action"));
        restartCore();
        auto again = settled(m_core->signIn(QStringLiteral("alice"), password()));
        QVERIFY(again.ok());
        QTRY_VERIFY(again.value()->hasDetails());
        QCOMPARE(again.value()->linkState(), SessionLinkState::Linked);
        QCOMPARE(m_sandbox.requestCount(QStringLiteral("/apiAuthorize.action")), authorizeRequests);
        QCOMPARE(m_sandbox.requestCount(QStringLiteral("/pkb-link/callback")), 0);
    }

    void expiredAccessTokenIsRefreshed()
    {
        PatientSession *session = newAccount(QStringLiteral("bob"));
        QVERIFY(link(session, QStringLiteral("zoe.patient"), QStringLiteral("Sandbox-Zoe-1")));
        QCOMPARE(session->details().givenNames, QStringLiteral("Zoë Siân"));
        QVERIFY(m_sandbox.expireAccessTokens());
        const int tokenRequests = m_sandbox.requestCount(QStringLiteral("/apiToken.action"));
        session->refreshDetails();
        QTRY_VERIFY(session->isBusy());
        QTRY_VERIFY(!session->isBusy());
        QCOMPARE(session->lastError().kind, AppError::Kind::None);
        QCOMPARE(session->linkState(), SessionLinkState::Linked);
        QVERIFY(m_sandbox.requestCount(QStringLiteral("/apiToken.action")) > tokenRequests);
        QCOMPARE(session->details().familyName, QStringLiteral("Łukasiewicz-Ó Briain"));
    }

    void revokedGrantAsksToGrantAgainAndKeepsTheAccount()
    {
        PatientSession *session = newAccount(QStringLiteral("carol"));
        QVERIFY(link(session, QStringLiteral("gwen.patient"), QStringLiteral("Sandbox-Gwen-1")));
        QVERIFY(m_sandbox.revoke(QStringLiteral("gwen.patient")));
        session->refreshDetails();
        QTRY_COMPARE(session->linkState(), SessionLinkState::GrantAgain);
        QVERIFY(!session->hasDetails());
        QVERIFY(m_core->accounts()->account(session->appUserId()).ok());

        // Granting again works and the link is back.
        QVERIFY(link(session, QStringLiteral("gwen.patient"), QStringLiteral("Sandbox-Gwen-1")));
        QCOMPARE(session->linkState(), SessionLinkState::Linked);
        QCOMPARE(session->details().nhsNumbers().size(), 2);
    }

    void denyLeavesTheAccountUnlinked()
    {
        PatientSession *session = newAccount(QStringLiteral("dave"));
        QTRY_COMPARE(session->linkState(), SessionLinkState::NotLinked);
        LinkAttempt *attempt = session->beginLink();
        QVERIFY(attempt);
        QSignalSpy finished(attempt, &LinkAttempt::finished);
        const QUrl redirect = m_sandbox.authorizeWithoutBrowser(
            attempt->authorizeUrl(), QStringLiteral("alice.patient"),
            QStringLiteral("Sandbox-Alice-1"), false);
        attempt->complete(redirect);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<AppError>().kind, AppError::Kind::AccessDenied);
        QCOMPARE(session->linkState(), SessionLinkState::NotLinked);
        QCOMPARE(m_core->accounts()->linkRecord(session->appUserId()).value().state,
                 LinkRecordState::NotLinked);
    }

    void eachAttemptTakesTheSignInOriginsInForce()
    {
        PatientSession *session = newAccount(QStringLiteral("fern"));
        QTRY_COMPARE(session->linkState(), SessionLinkState::NotLinked);
        const QUrl identityProvider(QStringLiteral("https://login.example.org/start"));
        LinkAttempt *first = session->beginLink();
        QVERIFY(first);
        QVERIFY(!first->environment().isSignInOrigin(identityProvider));
        first->abandon({});
        // Changed between two attempts: the grant view of the next one may visit the site.
        QVERIFY(m_settings->setValue(AppSettings::Key::signInOrigins,
                                     QStringLiteral("default https://login.example.org")));
        LinkAttempt *second = session->beginLink();
        QVERIFY(second);
        QVERIFY(second->environment().isSignInOrigin(identityProvider));
        second->abandon({});
        QCOMPARE(session->linkState(), SessionLinkState::NotLinked);
    }

    void confidentialClientLinksWithTheSecretGivenToTheApp()
    {
        // No environment carries the secret: the session hands it to its token client.
        SandboxProcess confidential;
        QVERIFY2(confidential.start(
                     { QStringLiteral("--client-auth"), QStringLiteral("client_secret_basic") }),
                 qPrintable(confidential.errorString()));
        m_settings->setValue(AppSettings::Key::baseUrl, confidential.baseUrl().toString());
        m_settings->setValue(AppSettings::Key::clientAuth, QStringLiteral("client_secret_basic"));
        m_settings->setClientSecret(QStringLiteral("local-secret"));
        PatientSession *session = newAccount(QStringLiteral("gail"));
        QVERIFY(session);
        QVERIFY(link(session, QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1"),
                     &confidential));
        QCOMPARE(session->linkState(), SessionLinkState::Linked);
    }

    void forgedRedirectIsRejected()
    {
        PatientSession *session = newAccount(QStringLiteral("erin"));
        QTRY_COMPARE(session->linkState(), SessionLinkState::NotLinked);
        LinkAttempt *attempt = session->beginLink();
        QSignalSpy finished(attempt, &LinkAttempt::finished);
        attempt->complete(
            QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback?code=abc&state=forged")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<AppError>().kind, AppError::Kind::InvalidCallback);
        QCOMPARE(session->linkState(), SessionLinkState::NotLinked);
    }

    void failedDetailsLeaveNoHalfLink()
    {
        PatientSession *session = newAccount(QStringLiteral("frank"));
        QTRY_COMPARE(session->linkState(), SessionLinkState::NotLinked);
        QVERIFY(m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("status"), 500));
        QVERIFY(m_sandbox.addFault(QStringLiteral("purview"), QStringLiteral("status"), 500));
        LinkAttempt *attempt = session->beginLink();
        QSignalSpy finished(attempt, &LinkAttempt::finished);
        attempt->complete(m_sandbox.authorizeWithoutBrowser(attempt->authorizeUrl(),
                                                            QStringLiteral("alice.patient"),
                                                            QStringLiteral("Sandbox-Alice-1")));
        QTRY_COMPARE(finished.size(), 1);
        const AppError error = finished.at(0).at(0).value<AppError>();
        QVERIFY(error.isError());
        QVERIFY(error.retryable);
        QCOMPARE(session->linkState(), SessionLinkState::NotLinked);
        QVERIFY(m_sandbox.clearFaults());
        // Tokens were removed again: a new run finds no link.
        restartCore();
        auto again = settled(m_core->signIn(QStringLiteral("frank"), password()));
        QVERIFY(again.ok());
        QTRY_COMPARE(again.value()->linkState(), SessionLinkState::NotLinked);
    }

    void unlinkAndDeleteRemoveEverything()
    {
        PatientSession *session = newAccount(QStringLiteral("gina"));
        QVERIFY(link(session, QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1")));
        QSignalSpy unlinked(session, &PatientSession::unlinked);
        session->unlink();
        QTRY_COMPARE(unlinked.size(), 1);
        QCOMPARE(session->linkState(), SessionLinkState::NotLinked);
        QVERIFY(!session->hasDetails());
        restartCore();
        auto again = settled(m_core->signIn(QStringLiteral("gina"), password()));
        QTRY_COMPARE(again.value()->linkState(), SessionLinkState::NotLinked);
        QVERIFY(link(again.value(), QStringLiteral("alice.patient"),
                     QStringLiteral("Sandbox-Alice-1")));
        const QString id = again.value()->appUserId();
        QSignalSpy sessionChanged(m_core.get(), &AppCore::sessionChanged);
        again.value()->deleteAccount();
        QTRY_VERIFY(!m_core->session());
        QVERIFY(!m_core->accounts()->account(id).ok());
    }

    void deleteRemovesTheTokensOfEveryEnvironment()
    {
        SandboxProcess second;
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        PatientSession *session = newAccount(QStringLiteral("hana"));
        QVERIFY(link(session, QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1")));
        const QString id = session->appUserId();
        const EnvironmentConfig first = m_settings->environmentConfig().value();

        // The same app user linked at a second PKB (another origin)...
        m_settings->setValue(AppSettings::Key::baseUrl, second.baseUrl().toString());
        restartCore();
        auto again = settled(m_core->signIn(QStringLiteral("hana"), password()));
        QVERIFY(again.ok());
        QVERIFY(link(again.value(), QStringLiteral("zoe.patient"), QStringLiteral("Sandbox-Zoe-1"),
                     &second));
        const EnvironmentConfig other = m_settings->environmentConfig().value();
        // ...and, earlier, in the sandbox environment (written as that session would have).
        const EnvironmentConfig sandbox = EnvironmentConfig::preset(QStringLiteral("sandbox"));
        const QString sandboxKey = TokenVault::keychainKey(sandbox, id);
        QVERIFY(m_core->accounts()->recordKeychainKey(id, sandboxKey).ok());
        QVERIFY(writeEntry(sandboxKey, "sandbox tokens"));

        const QStringList keys = { TokenVault::keychainKey(first, id),
                                   TokenVault::keychainKey(other, id), sandboxKey };
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 3);
        for (const QString &key : keys)
            QVERIFY2(readEntry(key).has_value(), qPrintable(key));
        const QStringList recorded = m_core->accounts()->keychainKeys(id).value();
        for (const QString &key : keys)
            QVERIFY2(recorded.contains(key), qPrintable(key));

        again.value()->deleteAccount();
        QTRY_VERIFY(!m_core->session());
        QVERIFY(!m_core->accounts()->account(id).ok());
        for (const QString &key : keys)
            QVERIFY2(!readEntry(key).has_value(), qPrintable(key));
        QVERIFY(m_core->accounts()->keychainKeys(id).value().isEmpty());
    }

    void kioskSignInNeverTellsWhetherAUserNameExists()
    {
        QVERIFY(newAccount(QStringLiteral("kim")));
        const auto attempt = [this](const QString &name) {
            auto result = settled(m_core->signIn(name, QStringLiteral("wrong password 1")));
            return result.ok() ? AppError() : result.error();
        };
        // Outside a kiosk, the paused account says so (the patient is at their own computer).
        AppError known;
        for (int i = 0; i < 7; ++i)
            known = attempt(QStringLiteral("kim"));
        QCOMPARE(known.kind, AppError::Kind::Throttled);

        m_settings->setValue(AppSettings::Key::kioskMode, true);
        const AppError paused = attempt(QStringLiteral("kim"));
        const AppError unknown = attempt(QStringLiteral("nobody.here"));
        QCOMPARE(paused.kind, unknown.kind);
        QCOMPARE(paused.userMessage, unknown.userMessage);
        QVERIFY(!paused.userMessage.isEmpty());
        m_settings->setValue(AppSettings::Key::kioskMode, false);
    }

    void nothingSecretWasLogged()
    {
        // Every flow above ran at debug level. No token, code or password may be in the logs.
        QVERIFY(!g_messages.isEmpty());
        for (const QString &message : std::as_const(g_messages)) {
            QVERIFY2(!message.contains(QStringLiteral("Sandbox-Alice-1")), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("9991566171")), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("Alice Smith")), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("code="))
                         || message.contains(QStringLiteral("<redacted>")),
                     qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("Bearer "))
                         || message.contains(QStringLiteral("<redacted>")),
                     qPrintable(message));
        }
    }

private:
    static QString password() { return QStringLiteral("correct horse battery"); }

    void restartCore()
    {
        m_core.reset();
        m_core = std::make_unique<AppCore>(m_settings.get(), m_dir->path());
        m_core->accounts()->setPasswordHashLimits(PasswordHashLimits::minimum());
    }

    std::optional<QByteArray> readEntry(const QString &key)
    {
        QObject context; // the callback is dropped with it after a timeout
        std::optional<QByteArray> value;
        bool done = false;
        m_core->keychain()->read(key, &context,
                                 [&](const Result<std::optional<QByteArray>> &result) {
                                     if (result.ok())
                                         value = result.value();
                                     else
                                         value = QByteArray("(keychain error)");
                                     done = true;
                                 });
        if (!EventLoopWait::until([&] { return done; }, 10000))
            return QByteArray("(timeout)"); // never mistaken for a missing entry
        return value;
    }

    bool writeEntry(const QString &key, const QByteArray &secret)
    {
        QObject context;
        bool ok = false;
        bool done = false;
        m_core->keychain()->write(key, secret, &context, [&](const Status &status) {
            ok = status.ok();
            done = true;
        });
        return EventLoopWait::until([&] { return done; }, 10000) && ok;
    }

    PatientSession *newAccount(const QString &name)
    {
        if (!m_core)
            restartCore();
        auto session = settled(m_core->createAccount(name, name, password(), password()));
        if (!session.ok()) {
            qWarning() << session.error().userMessage;
            return nullptr;
        }
        return session.value();
    }

    bool link(PatientSession *session, const QString &user, const QString &pkbPassword,
              SandboxProcess *pkb = nullptr)
    {
        if (!EventLoopWait::until(
                [&] { return session->linkState() != SessionLinkState::Loading; }))
            return false;
        LinkAttempt *attempt = session->beginLink();
        if (!attempt)
            return false;
        QSignalSpy finished(attempt, &LinkAttempt::finished);
        const QUrl redirect =
            (pkb ? *pkb : m_sandbox)
                .authorizeWithoutBrowser(attempt->authorizeUrl(), user, pkbPassword);
        attempt->complete(redirect);
        if (!finished.wait(10000) && finished.isEmpty())
            return false;
        const AppError error = finished.at(0).at(0).value<AppError>();
        if (error)
            qWarning() << "link failed:" << error.userMessage << error.technicalDetail;
        return !error && session->hasDetails();
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppCore> m_core;
};

QTEST_GUILESS_MAIN(TestPatientSession)
#include "tst_patientsession.moc"
