#include "auth/OAuthError.h"
#include "auth/TokenResponse.h"

#include <QTimeZone>
#include <QtTest>

namespace {
const QDateTime g_now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc()).toUTC();

TokenReply reply(int status, const QByteArray &body,
                 TokenGrant grant = TokenGrant::AuthorizationCode)
{
    TokenReply facts;
    facts.grant = grant;
    facts.httpStatus = status;
    facts.body = body;
    facts.networkError =
        status >= 400 ? QNetworkReply::ProtocolInvalidOperationError : QNetworkReply::NoError;
    return facts;
}
} // namespace

class TestTokenResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodResponse()
    {
        const auto result = TokenResponse::parseSuccess(
            "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":600,"
            "\"refresh_token\":\"rt-1\",\"scope\":\"PATIENT\"}",
            QStringLiteral("PATIENT"), g_now);
        QVERIFY(result.ok());
        QCOMPARE(result.value().accessToken, QStringLiteral("at-1"));
        QCOMPARE(result.value().refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(result.value().scope, QStringLiteral("PATIENT"));
        QCOMPARE(result.value().accessTokenExpiresAt, g_now.addSecs(600));
        QCOMPARE(result.value().accessTokenExpiresAt.timeSpec(), Qt::UTC);
    }

    void expiryIsUtcEvenFromLocalNow()
    {
        const QDateTime localNow = g_now.toLocalTime();
        const auto result = TokenResponse::parseSuccess(
            "{\"access_token\":\"a\",\"token_type\":\"bearer\",\"expires_in\":1800}",
            QStringLiteral("P"), localNow);
        QVERIFY(result.ok());
        QCOMPARE(result.value().accessTokenExpiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(result.value().accessTokenExpiresAt, g_now.addSecs(1800));
    }

    void acceptedVariants_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("refreshToken");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("expiresIn");
        QTest::newRow("lower-case bearer")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"bearer\",\"expires_in\":600}")
            << ""
            << "PATIENT" << 600;
        QTest::newRow("upper-case BEARER")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"BEARER\",\"expires_in\":600}")
            << ""
            << "PATIENT" << 600;
        QTest::newRow("numeric string expires_in") << QByteArray(
            "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":\"1800\"}")
                                                   << ""
                                                   << "PATIENT" << 1800;
        QTest::newRow("integral double")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600.0}")
            << ""
            << "PATIENT" << 600;
        QTest::newRow("one year") << QByteArray(
            "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":31536000}")
                                  << ""
                                  << "PATIENT" << 31536000;
        QTest::newRow("no refresh token (tom)")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                          "\"scope\":\"PATIENT\"}")
            << ""
            << "PATIENT" << 600;
        QTest::newRow("null refresh token and scope")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                          "\"refresh_token\":null,\"scope\":null}")
            << ""
            << "PATIENT" << 600;
        QTest::newRow("empty refresh token is none")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                          "\"refresh_token\":\"\"}")
            << ""
            << "PATIENT" << 600;
        QTest::newRow("other scope")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                          "\"scope\":\"PATIENT READ\"}")
            << ""
            << "PATIENT READ" << 600;
        QTest::newRow("extra fields ignored")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":60,"
                          "\"refresh_token\":\"r\",\"id_token\":\"x\",\"foo\":[1]}")
            << "r"
            << "PATIENT" << 60;
    }
    void acceptedVariants()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, refreshToken);
        QFETCH(QString, scope);
        QFETCH(int, expiresIn);
        const auto result = TokenResponse::parseSuccess(body, QStringLiteral("PATIENT"), g_now);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetail));
        QCOMPARE(result.value().refreshToken, refreshToken);
        QCOMPARE(result.value().hasRefreshToken(), !refreshToken.isEmpty());
        QCOMPARE(result.value().scope, scope);
        QCOMPARE(result.value().accessTokenExpiresAt, g_now.addSecs(expiresIn));
    }

    void malformedResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("not JSON") << QByteArray("<html>hello</html>") << true;
        QTest::newRow("truncated")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"exp") << true;
        QTest::newRow("JSON array")
            << QByteArray("[{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600}]")
            << true;
        QTest::newRow("JSON string") << QByteArray("\"access_token\"") << true;
        QTest::newRow("missing access_token")
            << QByteArray("{\"token_type\":\"Bearer\",\"expires_in\":600}") << false;
        QTest::newRow("empty access_token")
            << QByteArray("{\"access_token\":\"\",\"token_type\":\"Bearer\",\"expires_in\":600}")
            << false;
        QTest::newRow("numeric access_token")
            << QByteArray("{\"access_token\":12,\"token_type\":\"Bearer\",\"expires_in\":600}")
            << false;
        QTest::newRow("access_token with newline") << QByteArray(
            "{\"access_token\":\"a\\r\\nX: y\",\"token_type\":\"Bearer\",\"expires_in\":600}")
                                                   << false;
        QTest::newRow("access_token with space")
            << QByteArray("{\"access_token\":\"a b\",\"token_type\":\"Bearer\",\"expires_in\":600}")
            << false;
        QTest::newRow("non-ASCII access_token") << QByteArray(
            "{\"access_token\":\"\\u00e9\",\"token_type\":\"Bearer\",\"expires_in\":600}")
                                                << false;
        QTest::newRow("huge access_token")
            << QByteArray("{\"access_token\":\"") + QByteArray(8193, 'a')
                + QByteArray("\",\"token_type\":\"Bearer\",\"expires_in\":600}")
            << false;
        QTest::newRow("missing token_type")
            << QByteArray("{\"access_token\":\"a\",\"expires_in\":600}") << false;
        QTest::newRow("mac token_type")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"mac\",\"expires_in\":600}")
            << false;
        QTest::newRow("bearer with space")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer \",\"expires_in\":600}")
            << false;
        QTest::newRow("numeric token_type")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":1,\"expires_in\":600}") << false;
        QTest::newRow("missing expires_in")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\"}") << false;
        QTest::newRow("zero expires_in")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":0}")
            << false;
        QTest::newRow("negative expires_in")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":-600}")
            << false;
        QTest::newRow("fractional expires_in")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600.5}")
            << false;
        QTest::newRow("huge expires_in") << QByteArray(
            "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":31536001}")
                                         << false;
        QTest::newRow("enormous expires_in")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":1e300}")
            << false;
        QTest::newRow("negative string expires_in") << QByteArray(
            "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":\"-5\"}")
                                                    << false;
        QTest::newRow("text expires_in") << QByteArray(
            "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":\"soon\"}")
                                         << false;
        QTest::newRow("boolean expires_in")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":true}")
            << false;
        QTest::newRow("numeric refresh_token")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                          "\"refresh_token\":5}")
            << false;
        QTest::newRow("object refresh_token")
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                          "\"refresh_token\":{}}")
            << false;
        QTest::newRow("numeric scope") << QByteArray(
            "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600,\"scope\":3}")
                                       << false;
    }
    void malformedResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, retryable);
        const auto result = TokenResponse::parseSuccess(body, QStringLiteral("PATIENT"), g_now);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::MalformedResponse);
        QCOMPARE(result.error().retryable, retryable);
        QVERIFY(!result.error().userMessage.isEmpty());
        QVERIFY(!result.error().technicalDetail.isEmpty());
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("grant");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("message");
        const int code = int(TokenGrant::AuthorizationCode);
        const int refresh = int(TokenGrant::RefreshToken);
        using K = AppError::Kind;
        QTest::newRow("invalid_grant on refresh")
            << refresh << 400 << QByteArray("{\"error\":\"invalid_grant\"}") << int(K::GrantRevoked)
            << false << "PKB has ended this app's access. Please grant access again.";
        QTest::newRow("invalid_grant on code")
            << code << 400
            << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"code used\"}")
            << int(K::OAuth) << false
            << "The sign-in code was already used or has expired. Please connect again.";
        QTest::newRow("invalid_client 401")
            << code << 401 << QByteArray("{\"error\":\"invalid_client\"}") << int(K::Configuration)
            << false
            << "PKB did not accept this app's client id or secret. Check Settings or ask your "
               "administrator.";
        QTest::newRow("invalid_client 400 on refresh")
            << refresh << 400 << QByteArray("{\"error\":\"invalid_client\"}")
            << int(K::Configuration) << false << "client id or secret";
        QTest::newRow("unauthorized_client")
            << code << 400 << QByteArray("{\"error\":\"unauthorized_client\"}")
            << int(K::Configuration) << false << "client id or secret";
        QTest::newRow("PKB 401 unauthorized")
            << code << 401
            << QByteArray("{\"error\":\"unauthorized\",\"error_description\":\"Full authentication "
                          "is required to access this resource\"}")
            << int(K::Configuration) << false << "client id or secret";
        QTest::newRow("401 without body") << refresh << 401 << QByteArray() << int(K::Configuration)
                                          << false << "client id or secret";
        QTest::newRow("invalid_request")
            << code << 400 << QByteArray("{\"error\":\"invalid_request\"}") << int(K::OAuth)
            << false << "PKB refused";
        QTest::newRow("unsupported_grant_type")
            << refresh << 400 << QByteArray("{\"error\":\"unsupported_grant_type\"}")
            << int(K::OAuth) << false << "PKB refused";
        QTest::newRow("invalid_scope") << code << 400 << QByteArray("{\"error\":\"invalid_scope\"}")
                                       << int(K::OAuth) << false << "PKB refused";
        QTest::newRow("500 json") << refresh << 500 << QByteArray("{\"error\":\"server_error\"}")
                                  << int(K::Server) << true << "having problems";
        QTest::newRow("500 html") << refresh << 500 << QByteArray("<html>oops</html>")
                                  << int(K::Server) << true << "having problems";
        QTest::newRow("503 empty")
            << code << 503 << QByteArray() << int(K::Server) << true << "having problems";
        QTest::newRow("temporarily_unavailable 400")
            << code << 400 << QByteArray("{\"error\":\"temporarily_unavailable\"}")
            << int(K::Server) << true << "having problems";
        QTest::newRow("429") << refresh << 429 << QByteArray() << int(K::Throttled) << true
                             << "busy";
        QTest::newRow("400 html") << code << 400 << QByteArray("<html>bad</html>") << int(K::Server)
                                  << false << "did not expect";
        QTest::newRow("400 json array") << code << 400 << QByteArray("[\"invalid_grant\"]")
                                        << int(K::Server) << false << "did not expect";
        QTest::newRow("400 numeric error") << code << 400 << QByteArray("{\"error\":42}")
                                           << int(K::Server) << false << "did not expect";
        QTest::newRow("400 empty error") << code << 400 << QByteArray("{\"error\":\"\"}")
                                         << int(K::Server) << false << "did not expect";
        QTest::newRow("404") << code << 404 << QByteArray("not found") << int(K::Server) << false
                             << "did not expect";
    }
    void errorMapping()
    {
        QFETCH(int, grant);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, message);
        const auto result = TokenResponse::interpret(reply(status, body, TokenGrant(grant)),
                                                     QStringLiteral("PATIENT"), g_now);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().retryable, retryable);
        QVERIFY2(result.error().userMessage.contains(message),
                 qPrintable(result.error().userMessage));
        QVERIFY2(result.error().technicalDetail.contains(QString::number(status)),
                 qPrintable(result.error().technicalDetail));
    }

    void errorDescriptionIsSanitized()
    {
        const QByteArray body =
            "{\"error\":\"invalid_request\",\"error_description\":\"bad\\n\\u0000"
            "refresh_token=rt-secret \\\"x\\\" "
            + QByteArray(500, 'z') + "\"}";
        const auto result = TokenResponse::interpret(reply(400, body), QStringLiteral("P"), g_now);
        QVERIFY(!result.ok());
        const QString detail = result.error().technicalDetail;
        QVERIFY2(!detail.contains(QLatin1Char('\n')), qPrintable(detail));
        QVERIFY(!detail.contains(QChar(0)));
        QVERIFY(!detail.contains(QStringLiteral("rt-secret")));
        QVERIFY(!detail.contains(QLatin1Char('"')));
        QVERIFY(!detail.contains(QString(201, QLatin1Char('z'))));
        QVERIFY(detail.contains(QStringLiteral("invalid_request")));
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("sslFailed");
        QTest::addColumn<bool>("tooLarge");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        using K = AppError::Kind;
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << false
                                 << false << false << int(K::Network) << true;
        QTest::newRow("closed") << 0 << int(QNetworkReply::RemoteHostClosedError) << false << false
                                << false << int(K::Network) << true;
        QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << false
                                        << false << false << int(K::Network) << true;
        QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << true << false
                                 << false << int(K::Network) << true;
        QTest::newRow("timeout after headers") << 200 << int(QNetworkReply::OperationCanceledError)
                                               << true << false << false << int(K::Network) << true;
        QTest::newRow("timeout error code") << 0 << int(QNetworkReply::TimeoutError) << false
                                            << false << false << int(K::Network) << true;
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << false << true
                             << false << int(K::Network) << false;
        QTest::newRow("body cut off") << 200 << int(QNetworkReply::RemoteHostClosedError) << false
                                      << false << false << int(K::Network) << true;
        QTest::newRow("too large") << 200 << int(QNetworkReply::OperationCanceledError) << false
                                   << false << true << int(K::MalformedResponse) << false;
        QTest::newRow("redirect") << 302 << int(QNetworkReply::NoError) << false << false << false
                                  << int(K::Server) << false;
        QTest::newRow("204") << 204 << int(QNetworkReply::NoError) << false << false << false
                             << int(K::Server) << false;
    }
    void transportFailures()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(bool, timedOut);
        QFETCH(bool, sslFailed);
        QFETCH(bool, tooLarge);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        TokenReply facts;
        facts.grant = TokenGrant::RefreshToken;
        facts.httpStatus = status;
        facts.networkError = QNetworkReply::NetworkError(networkError);
        facts.networkErrorText = QStringLiteral("Error transferring - server replied");
        facts.timedOut = timedOut;
        facts.sslFailed = sslFailed;
        facts.tooLarge = tooLarge;
        facts.body = "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600}";
        const auto result = TokenResponse::interpret(facts, QStringLiteral("P"), g_now);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().retryable, retryable);
        if (sslFailed)
            QVERIFY(result.error().userMessage.contains(QStringLiteral("not trusted")));
    }

    void successGoesThroughInterpret()
    {
        const auto result = TokenResponse::interpret(
            reply(200, "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":600}"),
            QStringLiteral("PATIENT"), g_now);
        QVERIFY(result.ok());
        QCOMPARE(result.value().accessToken, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_token_response.moc"
