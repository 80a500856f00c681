#include "AuthSandboxFlow.h"
#include "SandboxProcess.h"
#include "core/Redaction.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace AuthSandboxFlow;

namespace {
struct CapturedMessage
{
    QString category;
    QString text;
};

QMutex g_mutex;
QList<CapturedMessage> g_messages;
QtMessageHandler g_next = nullptr;

// Sees every message before the redacting handler does, so it can tell whether our code logged
// a secret in the first place; then passes it on (redacted) to the console.
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.append(
            { QString::fromLatin1(context.category ? context.category : ""), message });
    }
    if (g_next)
        g_next(type, context, message);
}
} // namespace

// "Nothing secret in the logs": a full authorize + exchange + refresh flow (and its error
// paths) with every pkblink category at debug level.
class TestAuthLogSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Redaction::installMessageHandler();
        g_next = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(QStringLiteral("pkblink.*.debug=true"));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_next); }

    void nothingSecretIsLogged_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("mode");
        QTest::newRow("client_secret_basic")
            << int(ClientAuthMethod::ClientSecretBasic) << "client_secret_basic";
        QTest::newRow("client_secret_post")
            << int(ClientAuthMethod::ClientSecretPost) << "client_secret_post";
    }
    void nothingSecretIsLogged()
    {
        QFETCH(int, auth);
        QFETCH(QString, mode);
        {
            QMutexLocker lock(&g_mutex);
            g_messages.clear();
        }
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({ QStringLiteral("--client-auth"), mode }),
                 qPrintable(sandbox.errorString()));
        QNetworkAccessManager network;
        EnvironmentConfig config = configFor(sandbox, ClientAuthMethod(auth));
        const QString clientSecret = authTestClientSecret();
        TokenClient client(&network, config, clientSecret);
        QStringList secrets { clientSecret };

        // Authorize, validate, exchange.
        AuthorizationRequest request(config);
        secrets << request.state() << request.codeVerifier();
        const QUrl location = sandbox.authorizeWithoutBrowser(
            request.url(), QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1"));
        QVERIFY2(!location.isEmpty(), qPrintable(sandbox.errorString()));
        const Result<QString> code = AuthorizationCallback::validate(location, request);
        QVERIFY(code.ok());
        secrets << code.value();
        // A replayed callback is logged as rejected, still without its values.
        QVERIFY(!AuthorizationCallback::validate(location, request).ok());
        const auto tokens = waitFor(client.exchangeCode(code.value(), request.codeVerifier()));
        QVERIFY(tokens.ok());
        secrets << tokens.value().accessToken << tokens.value().refreshToken;

        // Refresh (rotating), then the error paths: a dead refresh token and a reused code.
        const auto refreshed = waitFor(client.refresh(tokens.value().refreshToken));
        QVERIFY(refreshed.ok());
        secrets << refreshed.value().accessToken << refreshed.value().refreshToken;
        QVERIFY(!waitFor(client.refresh(tokens.value().refreshToken)).ok());
        QVERIFY(!waitFor(client.exchangeCode(code.value(), request.codeVerifier())).ok());

        // And whatever someone might log by mistake is caught by the redaction rule.
        qDebug()
            << "accident:" << location
            << QStringLiteral("Authorization: Bearer %1").arg(tokens.value().accessToken)
            << QStringLiteral("{\"refresh_token\":\"%1\"}").arg(refreshed.value().refreshToken);

        QMutexLocker lock(&g_mutex);
        int authMessages = 0;
        for (const CapturedMessage &message : std::as_const(g_messages)) {
            const bool ours = message.category.startsWith(QLatin1String("pkblink."));
            authMessages += message.category == QLatin1String("pkblink.auth") ? 1 : 0;
            const QString redacted = Redaction::redact(message.text);
            for (const QString &secret : std::as_const(secrets)) {
                QVERIFY(secret.size() >= 8);
                // Our code never logs a secret, even before redaction...
                if (ours)
                    QVERIFY2(!message.text.contains(secret),
                             qPrintable(message.category + QLatin1String(": ") + redacted));
                // ...and the redaction rule removes it from anything else.
                QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
            }
        }
        // Debug logging really ran, so the check above had something to check.
        QVERIFY2(authMessages >= 5, qPrintable(QString::number(authMessages)));
    }
};

QTEST_GUILESS_MAIN(TestAuthLogSecrets)
#include "tst_auth_log_secrets.moc"
