#include "AuthTestConfig.h"
#include "auth/AuthorizationRequest.h"
#include "auth/Pkce.h"

#include <QSet>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

class TestAuthorizationRequest : public QObject
{
    Q_OBJECT
private:
    static QString item(const QUrl &url, const char *key)
    {
        return QUrlQuery(url).queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    }

private Q_SLOTS:
    void urlHasEveryParameter()
    {
        const EnvironmentConfig config = authTestConfig();
        AuthorizationRequest request(config);
        const QUrl url = request.url();
        QVERIFY(url.isValid());
        QCOMPARE(url.adjusted(QUrl::RemoveQuery),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/apiAuthorize.action")));
        QCOMPARE(item(url, "response_type"), QStringLiteral("code"));
        QCOMPARE(item(url, "client_id"), QStringLiteral("pkb-link-local"));
        QCOMPARE(item(url, "redirect_uri"), QStringLiteral("http://127.0.0.1/pkb-link/callback"));
        QCOMPARE(item(url, "scope"), QStringLiteral("PATIENT"));
        QCOMPARE(item(url, "state"), request.state());
        QCOMPARE(item(url, "code_challenge"), Pkce::challengeS256(request.codeVerifier()));
        QCOMPARE(item(url, "code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(QUrlQuery(url).queryItems().size(), 7);
        // The verifier itself never travels in the browser.
        QVERIFY(!url.toString(QUrl::FullyEncoded).contains(request.codeVerifier()));
        QVERIFY(request.usesPkce());
        QVERIFY(Pkce::isValidVerifier(request.codeVerifier()));
    }

    void redirectUriIsFullyEncoded()
    {
        const QString encoded =
            AuthorizationRequest(authTestConfig()).url().toString(QUrl::FullyEncoded);
        QVERIFY2(encoded.contains(
                     QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%2Fpkb-link%2Fcallback&")),
                 qPrintable(encoded));
    }

    void hostileValuesAreEncoded()
    {
        EnvironmentConfig config = authTestConfig();
        config.clientId = QStringLiteral("id&scope=CLINICIAN#x +");
        config.scope = QStringLiteral("PATIENT extra=1&a");
        config.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/cb?x=1&y=2"));
        AuthorizationRequest request(config);
        const QUrl url = request.url();
        const QString encoded = url.toString(QUrl::FullyEncoded);
        QVERIFY2(encoded.contains(QStringLiteral("client_id=id%26scope%3DCLINICIAN%23x%20%2B&")),
                 qPrintable(encoded));
        QVERIFY(encoded.contains(
            QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb%3Fx%3D1%26y%3D2&")));
        QVERIFY(!url.hasFragment());
        QCOMPARE(item(url, "client_id"), config.clientId);
        QCOMPARE(item(url, "scope"), config.scope);
        QCOMPARE(item(url, "redirect_uri"), QStringLiteral("http://127.0.0.1/cb?x=1&y=2"));
        QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("scope")).size(), 1);
        QCOMPARE(QUrlQuery(url).queryItems().size(), 7);
    }

    void pkceOff()
    {
        EnvironmentConfig config = authTestConfig();
        config.usePkce = false;
        AuthorizationRequest request(config);
        const QUrl url = request.url();
        QVERIFY(!request.usesPkce());
        QVERIFY(request.codeVerifier().isEmpty());
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("code_challenge")));
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("code_challenge_method")));
        QCOMPARE(QUrlQuery(url).queryItems().size(), 5);
    }

    void existingQueryOfAuthorizeUrlIsKept()
    {
        EnvironmentConfig config = authTestConfig();
        config.authorizeUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/auth?tenant=uk"));
        const QUrl url = AuthorizationRequest(config).url();
        QCOMPARE(item(url, "tenant"), QStringLiteral("uk"));
        QCOMPARE(item(url, "response_type"), QStringLiteral("code"));
    }

    void disallowedAuthorizeUrlGivesNoUrl_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("authorizeUrl");
        QTest::newRow("http non-loopback in local") << "local"
                                                    << "http://pkb.example.org/apiAuthorize.action";
        QTest::newRow("http loopback outside local") << "sandbox"
                                                     << "http://127.0.0.1:8080/apiAuthorize.action";
        QTest::newRow("userinfo") << "sandbox"
                                  << "https://u:p@pkb.example.org/apiAuthorize.action";
        QTest::newRow("ftp") << "sandbox"
                             << "ftp://pkb.example.org/apiAuthorize.action";
    }
    void disallowedAuthorizeUrlGivesNoUrl()
    {
        QFETCH(QString, environment);
        QFETCH(QString, authorizeUrl);
        EnvironmentConfig config = authTestConfig();
        config.id = environment;
        config.authorizeUrl = QUrl(authorizeUrl);
        QVERIFY(AuthorizationRequest(config).url().isEmpty());
    }

    void stateHasAtLeast128BitsAndIsUnique()
    {
        QSet<QString> states;
        for (int i = 0; i < 500; ++i) {
            AuthorizationRequest request(authTestConfig());
            const QByteArray raw =
                QByteArray::fromBase64(request.state().toLatin1(), QByteArray::Base64UrlEncoding);
            QVERIFY(raw.size() * 8 >= 128);
            QCOMPARE(request.state().size(), 43);
            states.insert(request.state());
        }
        QCOMPARE(states.size(), 500);
    }

    void eachAttemptHasItsOwnVerifier()
    {
        AuthorizationRequest a(authTestConfig());
        AuthorizationRequest b(authTestConfig());
        QVERIFY(a.codeVerifier() != b.codeVerifier());
        QVERIFY(a.state() != b.state());
        QVERIFY(a.state() != a.codeVerifier());
    }

    void stateIsSingleUse()
    {
        AuthorizationRequest request(authTestConfig());
        const QString state = request.state();
        QVERIFY(!request.isStateConsumed());
        QVERIFY(!request.consumeState(state.left(42)));
        QVERIFY(!request.consumeState(state + QLatin1Char('x')));
        QVERIFY(!request.consumeState(QString()));
        QVERIFY(!request.isStateConsumed());
        QVERIFY(request.consumeState(state));
        QVERIFY(request.isStateConsumed());
        QVERIFY(!request.consumeState(state));
    }

    void stateComparisonIsExact()
    {
        AuthorizationRequest request(authTestConfig());
        QString flipped = request.state();
        flipped[10] = flipped[10] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QVERIFY(!request.consumeState(flipped));
        const QString upper = request.state().toUpper();
        if (upper != request.state())
            QVERIFY(!request.consumeState(upper));
        QVERIFY(request.consumeState(request.state()));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "tst_authorization_request.moc"
