#include "AuthTestConfig.h"
#include "auth/AuthorizationCallback.h"
#include "auth/AuthorizationRequest.h"
#include "auth/RedirectMatcher.h"

#include <QtTest>

// Hostile and broken redirects. "{state}" in a URL is replaced by the request's state.
class TestAuthorizationCallback : public QObject
{
    Q_OBJECT
private:
    static QUrl callback(const QString &pattern, const AuthorizationRequest &request)
    {
        QString text = pattern;
        text.replace(QStringLiteral("{state}"), request.state());
        return QUrl(text, QUrl::StrictMode);
    }

private Q_SLOTS:
    void goodCallbackGivesTheCode_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::newRow("plain") << "http://127.0.0.1/pkb-link/callback?code=SplxlOBeZQQYbYS6WxSbIA&"
                                  "state={state}"
                               << "SplxlOBeZQQYbYS6WxSbIA";
        QTest::newRow("state first") << "http://127.0.0.1/pkb-link/callback?state={state}&code=abc"
                                     << "abc";
        QTest::newRow("explicit port 80") << "http://127.0.0.1:80/pkb-link/callback?code=abc&"
                                             "state={state}"
                                          << "abc";
        QTest::newRow("upper-case host and scheme") << "HTTP://127.0.0.1/pkb-link/callback?code=abc"
                                                       "&state={state}"
                                                    << "abc";
        QTest::newRow("encoded base64 code")
            << "http://127.0.0.1/pkb-link/callback?code=a%2Bb%2Fc%3D"
               "&state={state}"
            << "a+b/c=";
        QTest::newRow("extra parameter") << "http://127.0.0.1/pkb-link/callback?code=abc&state="
                                            "{state}&session_lang=en"
                                         << "abc";
        QTest::newRow("iss of the environment")
            << "http://127.0.0.1/pkb-link/callback?code=abc&state={state}"
               "&iss=http%3A%2F%2F127.0.0.1%3A8080"
            << "abc";
        QTest::newRow("iss with a trailing slash, upper-case scheme")
            << "http://127.0.0.1/pkb-link/callback?code=abc&state={state}"
               "&iss=HTTP%3A%2F%2F127.0.0.1%3A8080%2F"
            << "abc";
        QTest::newRow("trailing ampersand") << "http://127.0.0.1/pkb-link/callback?code=abc&state="
                                               "{state}&"
                                            << "abc";
        QTest::newRow("max length code")
            << QStringLiteral("http://127.0.0.1/pkb-link/callback?code=%1&state={state}")
                   .arg(QString(2048, QLatin1Char('c')))
            << QString(2048, QLatin1Char('c'));
    }
    void goodCallbackGivesTheCode()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        AuthorizationRequest request(authTestConfig());
        const Result<QString> result =
            AuthorizationCallback::validate(callback(url, request), request);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetail));
        QCOMPARE(result.value(), code);
        QVERIFY(request.isStateConsumed());
    }

    void hostileCallbackIsRejected_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("consumesState");
        const QString base = QStringLiteral("http://127.0.0.1/pkb-link/callback");
        const auto row = [&](const char *name, const QString &query, bool consumes = false) {
            QTest::newRow(name) << base + query << consumes;
        };
        row("wrong state",
            QStringLiteral("?code=abc&state=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        row("state prefix", QStringLiteral("?code=abc&state={state}x"));
        row("missing state", QStringLiteral("?code=abc"));
        row("empty state", QStringLiteral("?code=abc&state="));
        row("state without value", QStringLiteral("?code=abc&state"));
        row("missing code", QStringLiteral("?state={state}"));
        row("empty code", QStringLiteral("?code=&state={state}"));
        row("no query", QString());
        row("empty query", QStringLiteral("?"));
        row("two codes", QStringLiteral("?code=abc&code=def&state={state}"));
        row("two codes, one empty", QStringLiteral("?code=abc&code=&state={state}"));
        row("two states", QStringLiteral("?code=abc&state={state}&state={state}"));
        row("encoded key duplicate", QStringLiteral("?code=abc&c%6Fde=def&state={state}"));
        row("upper-case code key", QStringLiteral("?code=abc&CODE=def&state={state}"));
        row("upper-case code only", QStringLiteral("?CODE=abc&state={state}"));
        row("plus in key", QStringLiteral("?code=abc&code+=def&state={state}"));
        row("error without state", QStringLiteral("?error=access_denied"));
        row("error with wrong state",
            QStringLiteral(
                "?error=access_denied&state=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        row("error and code", QStringLiteral("?error=access_denied&code=abc&state={state}"));
        row("two errors", QStringLiteral("?error=access_denied&error=x&state={state}"));
        row("huge code",
            QStringLiteral("?code=%1&state={state}").arg(QString(2049, QLatin1Char('c'))));
        row("huge other parameter",
            QStringLiteral("?code=abc&state={state}&x=%1").arg(QString(2049, QLatin1Char('x'))));
        QString manyParameters;
        for (int i = 0; i < 1200; ++i)
            manyParameters += QStringLiteral("&k%1=v").arg(i);
        row("huge query", QStringLiteral("?code=abc&state={state}") + manyParameters);
        row("encoded ampersand smuggles a code",
            QStringLiteral("?code=abc%26code%3Ddef&state={state}"));
        row("encoded equals", QStringLiteral("?code%3Dabc&state={state}"));
        row("double encoding", QStringLiteral("?code=abc%2526code%253Ddef&state={state}"));
        row("NUL in code", QStringLiteral("?code=abc%00def&state={state}"));
        row("NUL in state", QStringLiteral("?code=abc&state={state}%00"));
        row("newline in code", QStringLiteral("?code=abc%0D%0AX-Header:1&state={state}"));
        row("plus-as-space in code", QStringLiteral("?code=abc+def&state={state}"));
        row("hash in code", QStringLiteral("?code=abc%23def&state={state}"));
        row("invalid utf-8", QStringLiteral("?code=abc&state={state}&x=%FF%FE"));
        row("fragment", QStringLiteral("?code=abc&state={state}#code=def"));
        row("state consumed by error", QStringLiteral("?error=access_denied&state={state}"), true);
        QTest::newRow("other scheme")
            << "https://127.0.0.1/pkb-link/callback?code=abc&state={state}" << false;
        QTest::newRow("other host")
            << "http://127.0.0.2/pkb-link/callback?code=abc&state={state}" << false;
        QTest::newRow("localhost instead of 127.0.0.1")
            << "http://localhost/pkb-link/callback?code=abc&state={state}" << false;
        QTest::newRow("other port")
            << "http://127.0.0.1:8080/pkb-link/callback?code=abc&state={state}" << false;
        QTest::newRow("other path")
            << "http://127.0.0.1/pkb-link/callbackx?code=abc&state={state}" << false;
        QTest::newRow("trailing slash")
            << "http://127.0.0.1/pkb-link/callback/?code=abc&state={state}" << false;
        QTest::newRow("path traversal")
            << "http://127.0.0.1/pkb-link/../pkb-link/callback?code=abc&state={state}" << false;
        QTest::newRow("dot segment")
            << "http://127.0.0.1/pkb-link/./callback?code=abc&state={state}" << false;
        QTest::newRow("encoded slash")
            << "http://127.0.0.1/pkb-link%2Fcallback?code=abc&state={state}" << false;
        QTest::newRow("userinfo")
            << "http://evil@127.0.0.1/pkb-link/callback?code=abc&state={state}" << false;
        QTest::newRow("userinfo with password")
            << "http://a:b@127.0.0.1/pkb-link/callback?code=abc&state={state}" << false;
        QTest::newRow("app scheme") << "pkblink://oauth/callback?code=abc&state={state}" << false;
    }
    void hostileCallbackIsRejected()
    {
        QFETCH(QString, url);
        QFETCH(bool, consumesState);
        AuthorizationRequest request(authTestConfig());
        const QUrl parsed = callback(url, request);
        const Result<QString> result = AuthorizationCallback::validate(parsed, request);
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
        if (consumesState) {
            QCOMPARE(result.error().kind, AppError::Kind::AccessDenied);
        } else {
            QCOMPARE(result.error().kind, AppError::Kind::InvalidCallback);
            QCOMPARE(result.error().userMessage,
                     QStringLiteral("PKB's answer could not be checked. Please try again."));
            QVERIFY(!request.isStateConsumed());
        }
        // The detail never repeats the state or a code.
        QVERIFY(!result.error().technicalDetail.contains(request.state()));
        QVERIFY(!result.error().technicalDetail.contains(QStringLiteral("def")));
    }

    void issuerOfAnotherServerIsForged_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("another port") << "code=abc&state={state}&iss=http%3A%2F%2F127.0.0.1%3A1";
        QTest::newRow("another host")
            << "code=abc&state={state}&iss=https%3A%2F%2Fpkb.evil.example";
        QTest::newRow("another path")
            << "code=abc&state={state}&iss=http%3A%2F%2F127.0.0.1%3A8080%2Fx";
        QTest::newRow("https for http")
            << "code=abc&state={state}&iss=https%3A%2F%2F127.0.0.1%3A8080";
        QTest::newRow("not a URL") << "code=abc&state={state}&iss=pkb";
        QTest::newRow("with an error")
            << "error=access_denied&state={state}&iss=http%3A%2F%2F127.0.0.1%3A1";
    }

    void issuerOfAnotherServerIsForged()
    {
        QFETCH(QString, query);
        AuthorizationRequest request(authTestConfig());
        const QUrl url =
            callback(QStringLiteral("http://127.0.0.1/pkb-link/callback?") + query, request);
        const Result<QString> result = AuthorizationCallback::validate(url, request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::InvalidCallback);
        QVERIFY2(result.error().technicalDetail.contains(QStringLiteral("iss")),
                 qPrintable(result.error().technicalDetail));
    }

    void configuredIssuerIsTheOneCompared()
    {
        EnvironmentConfig config = authTestConfig();
        config.issuer = QStringLiteral("https://Auth.PKB.example:443/");
        QCOMPARE(config.expectedIssuer(), QStringLiteral("https://auth.pkb.example"));
        AuthorizationRequest request(config);
        const QUrl ok = callback(QStringLiteral("http://127.0.0.1/pkb-link/callback?code=abc&"
                                                "state={state}&iss=https%3A%2F%2Fauth.pkb.example"),
                                 request);
        QVERIFY(AuthorizationCallback::validate(ok, request).ok());
        AuthorizationRequest second(config);
        const QUrl base =
            callback(QStringLiteral("http://127.0.0.1/pkb-link/callback?code=abc&"
                                    "state={state}&iss=http%3A%2F%2F127.0.0.1%3A8080"),
                     second);
        QVERIFY(!AuthorizationCallback::validate(base, second).ok());
    }

    void stateCannotBeReused()
    {
        AuthorizationRequest request(authTestConfig());
        const QUrl url = callback(
            QStringLiteral("http://127.0.0.1/pkb-link/callback?code=abc&state={state}"), request);
        QVERIFY(AuthorizationCallback::validate(url, request).ok());
        const Result<QString> second = AuthorizationCallback::validate(url, request);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, AppError::Kind::InvalidCallback);
        const QUrl other = callback(
            QStringLiteral("http://127.0.0.1/pkb-link/callback?code=xyz&state={state}"), request);
        QVERIFY(!AuthorizationCallback::validate(other, request).ok());
    }

    void wrongStateDoesNotBurnTheAttempt()
    {
        AuthorizationRequest request(authTestConfig());
        const QUrl forged(QStringLiteral("http://127.0.0.1/pkb-link/callback?code=evil&state=x"));
        QVERIFY(!AuthorizationCallback::validate(forged, request).ok());
        const QUrl real = callback(
            QStringLiteral("http://127.0.0.1/pkb-link/callback?code=good&state={state}"), request);
        const Result<QString> result = AuthorizationCallback::validate(real, request);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), QStringLiteral("good"));
    }

    void answersTellsWithoutConsuming()
    {
        AuthorizationRequest request(authTestConfig());
        const QString base = QStringLiteral("http://127.0.0.1/pkb-link/callback");
        const QUrl real = callback(base + QStringLiteral("?code=good&state={state}"), request);
        QVERIFY(AuthorizationCallback::answers(real, request));
        QVERIFY(AuthorizationCallback::answers(real, request));
        QVERIFY(!request.isStateConsumed());
        QVERIFY(AuthorizationCallback::answers(
            callback(base + QStringLiteral("?error=access_denied&state={state}"), request),
            request));
        QVERIFY(!AuthorizationCallback::answers(QUrl(base + QStringLiteral("?code=a&state=x")),
                                                request));
        QVERIFY(!AuthorizationCallback::answers(QUrl(base + QStringLiteral("?code=a")), request));
        QVERIFY(!AuthorizationCallback::answers(
            callback(base + QStringLiteral("?code=a&state={state}&state={state}"), request),
            request));
        QVERIFY(!AuthorizationCallback::answers(
            callback(QStringLiteral("http://127.0.0.1/other?code=a&state={state}"), request),
            request));
        QVERIFY(AuthorizationCallback::validate(real, request).ok());
        QVERIFY(!AuthorizationCallback::answers(real, request));
    }

    void accessDeniedIsThePatientsChoice()
    {
        AuthorizationRequest request(authTestConfig());
        const QUrl url =
            callback(QStringLiteral("http://127.0.0.1/pkb-link/callback?error=access_"
                                    "denied&error_description=User+denied&state={state}"),
                     request);
        const Result<QString> result = AuthorizationCallback::validate(url, request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::AccessDenied);
        QCOMPARE(result.error().userMessage,
                 QStringLiteral("You chose not to give PKB Link access. You can connect later."));
        QVERIFY(!result.error().retryable);
        QVERIFY(request.isStateConsumed());
    }

    void otherErrorsAreOAuthWithSanitizedDetail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detailContains");
        QTest::addColumn<QString>("detailLacks");
        QTest::newRow("invalid_request") << "error=invalid_request&error_description=Missing+scope"
                                         << int(AppError::Kind::OAuth) << "Missing scope"
                                         << "+";
        QTest::newRow("invalid_scope")
            << "error=invalid_scope" << int(AppError::Kind::OAuth) << "invalid_scope"
            << "access_denied";
        QTest::newRow("server_error is retryable")
            << "error=server_error" << int(AppError::Kind::Server) << "server_error"
            << "\n";
        QTest::newRow("control characters") << "error=invalid_request&error_description=a%0Ab%1Bc"
                                            << int(AppError::Kind::OAuth) << "a?b?c"
                                            << "\n";
        QTest::newRow("html") << "error=invalid_request&error_description=%3Cscript%3E%22x%22"
                              << int(AppError::Kind::OAuth) << "<script>?x?"
                              << "\"";
        QTest::newRow("long description")
            << QStringLiteral("error=invalid_request&error_description=%1")
                   .arg(QString(2000, QLatin1Char('d')))
            << int(AppError::Kind::OAuth) << QString(200, QLatin1Char('d'))
            << QString(201, QLatin1Char('d'));
        QTest::newRow("secret in description")
            << "error=invalid_request&error_description=bad+access_token%3Dsecret123"
            << int(AppError::Kind::OAuth) << "access_token=<redacted>"
            << "secret123";
    }
    void otherErrorsAreOAuthWithSanitizedDetail()
    {
        QFETCH(QString, query);
        QFETCH(int, kind);
        QFETCH(QString, detailContains);
        QFETCH(QString, detailLacks);
        AuthorizationRequest request(authTestConfig());
        const QUrl url = callback(
            QStringLiteral("http://127.0.0.1/pkb-link/callback?%1&state={state}").arg(query),
            request);
        const Result<QString> result = AuthorizationCallback::validate(url, request);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().retryable, kind == int(AppError::Kind::Server));
        QVERIFY2(result.error().technicalDetail.contains(detailContains),
                 qPrintable(result.error().technicalDetail));
        QVERIFY2(!result.error().technicalDetail.contains(detailLacks),
                 qPrintable(result.error().technicalDetail));
        QVERIFY(!result.error().userMessage.isEmpty());
        QVERIFY(!result.error().userMessage.contains(detailContains));
    }

    void appSchemeRedirect()
    {
        EnvironmentConfig config = authTestConfig();
        config.redirectUri = QUrl(QStringLiteral("pkblink://oauth/callback"));
        AuthorizationRequest request(config);
        const Result<QString> good = AuthorizationCallback::validate(
            callback(QStringLiteral("pkblink://oauth/callback?code=abc&state={state}"), request),
            request);
        QVERIFY(good.ok());
        AuthorizationRequest second(config);
        QVERIFY(
            !AuthorizationCallback::validate(
                 callback(QStringLiteral("pkblink://evil/callback?code=abc&state={state}"), second),
                 second)
                 .ok());
    }

    void registeredQueryParametersAreTolerated()
    {
        EnvironmentConfig config = authTestConfig();
        config.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback?app=1"));
        AuthorizationRequest request(config);
        const Result<QString> result = AuthorizationCallback::validate(
            callback(
                QStringLiteral("http://127.0.0.1/pkb-link/callback?app=1&code=abc&state={state}"),
                request),
            request);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), QStringLiteral("abc"));
    }

    // Interception is tolerant (catch every spelling of our redirect so none reaches the
    // network); validation is exact.
    void matcherInterceptsWhatValidationRejects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("intercepted");
        QTest::addColumn<bool>("exact");
        QTest::newRow("exact") << "http://127.0.0.1/pkb-link/callback?x" << true << true;
        QTest::newRow("traversal")
            << "http://127.0.0.1/pkb-link/../pkb-link/callback" << true << false;
        QTest::newRow("encoded slash") << "http://127.0.0.1/pkb-link%2Fcallback" << true << false;
        QTest::newRow("userinfo") << "http://u@127.0.0.1/pkb-link/callback" << false << false;
        QTest::newRow("other port") << "http://127.0.0.1:81/pkb-link/callback" << false << false;
        QTest::newRow("other path") << "http://127.0.0.1/pkb-link/other" << false << false;
    }
    void matcherInterceptsWhatValidationRejects()
    {
        QFETCH(QString, url);
        QFETCH(bool, intercepted);
        QFETCH(bool, exact);
        const RedirectMatcher matcher(QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback")));
        QCOMPARE(matcher.matches(QUrl(url)), intercepted);
        QCOMPARE(matcher.matchesExactly(QUrl(url)), exact);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationCallback)
#include "tst_authorization_callback.moc"
