// Sub-resource requests from PKB's pages to the redirect URI never leave the app: a page on the
// (local) PKB makes an <img>, fetch, navigator.sendBeacon, prefetch and stylesheet request to a
// listener on the redirect URI, which must receive nothing, while PKB on the same host is not
// blocked.
#include "GrantTestSupport.h"
#include "LoopbackHttpServer.h"

#include "grant/GrantAccessView.h"
#include "grant/RedirectRequestBlocker.h"

#include <QWebEnginePage>

#include <memory>

using namespace GrantTestSupport;

namespace {
// Runs the event loop (WebEngine needs it) until condition() or the time is up.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

QByteArray pageRequesting(const QString &target, const QUrl &pkbPixel)
{
    return QStringLiteral("<title>pkb</title>"
                          "<link rel='prefetch' href='%1&kind=prefetch'>"
                          "<link rel='stylesheet' href='%1&kind=css'>"
                          "<img src='%1&kind=img'>"
                          "<script>"
                          "fetch('%1&kind=fetch', {mode: 'no-cors'}).catch(function () {});"
                          "navigator.sendBeacon('%1&kind=beacon', 'x');"
                          "var x = new XMLHttpRequest(); x.open('GET', '%1&kind=xhr'); x.send();"
                          "setTimeout(function () { var i = new Image(); i.src = '%2'; }, 500);"
                          "</script>")
        .arg(target, pkbPixel.toString())
        .toUtf8();
}
} // namespace

class TestGrantRedirectBlocker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matcherRules()
    {
        const RedirectRequestBlocker noPort(
            QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback")));
        QVERIFY(
            noPort.isRedirect(QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback?code=x"))));
        QVERIFY(noPort.isRedirect(QUrl(QStringLiteral("http://127.0.0.1:4711/pkb-link/callback"))));
        QVERIFY(
            !noPort.isRedirect(QUrl(QStringLiteral("http://127.0.0.1:4711/apiAuthorize.action"))));
        QVERIFY(!noPort.isRedirect(QUrl(QStringLiteral("https://127.0.0.1/pkb-link/callback"))));
        const RedirectRequestBlocker withPort(
            QUrl(QStringLiteral("http://127.0.0.1:8123/pkb-link/callback")));
        QVERIFY(withPort.isRedirect(
            QUrl(QStringLiteral("http://127.0.0.1:8123/pkb-link/callback?a=b"))));
        QVERIFY(
            !withPort.isRedirect(QUrl(QStringLiteral("http://127.0.0.1:8124/pkb-link/callback"))));
        // App-scheme redirects are the scheme handler's to capture.
        const RedirectRequestBlocker app(QUrl(QStringLiteral("pkblink://oauth/callback")));
        QVERIFY(!app.isRedirect(QUrl(QStringLiteral("pkblink://oauth/callback?code=x"))));
    }

    void subResourcesToTheRedirectUriAreBlocked_data()
    {
        QTest::addColumn<bool>("registeredWithPort");
        QTest::newRow("redirect with its port") << true;
        QTest::newRow("loopback redirect without a port") << false;
    }

    void subResourcesToTheRedirectUriAreBlocked()
    {
        QFETCH(bool, registeredWithPort);
        LoopbackHttpServer pkb;
        LoopbackHttpServer listener; // what sits on the redirect URI
        QVERIFY(pkb.listen());
        QVERIFY(listener.listen());
        const QUrl target = listener.url(QStringLiteral("/pkb-link/callback?code=stolen"));
        const QUrl redirectUri = registeredWithPort
            ? listener.url(QStringLiteral("/pkb-link/callback"))
            : QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback"));
        pkb.respond(QStringLiteral("/apiAuthorize.action"),
                    LoopbackHttpServer::html(
                        200, pageRequesting(target.toString(), pkb.url(QStringLiteral("/pixel")))));
        pkb.respond(QStringLiteral("/pixel"), LoopbackHttpServer::html(200, "ok"));

        GrantAccessView view;
        view.start(pkb.url(QStringLiteral("/apiAuthorize.action?response_type=code&state=s")),
                   localEnvironment(pkb.url()), redirectUri, {});
        view.resize(800, 600);
        view.show();
        // The page ran: its last request, to PKB on the same host, was not blocked.
        QVERIFY2(waitUntil([&] { return pkb.requestCount(QStringLiteral("/pixel")) > 0; }, 30000),
                 "the page's own request to PKB never came");
        waitUntil([] { return false; }, 500);
        QCOMPARE(listener.connectionCount(), 0);
        QVERIFY(listener.requests().isEmpty());
    }
};

GRANT_TEST_MAIN(TestGrantRedirectBlocker)
#include "tst_grantredirectblocker.moc"
