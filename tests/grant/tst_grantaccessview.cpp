#include "GrantTestSupport.h"
#include "LoopbackHttpServer.h"

#include "grant/GrantAccessView.h"
#include "grant/GrantPage.h"

#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QUrlQuery>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace GrantTestSupport;

// The grant view and page against a tiny local server: redirect capture, refused navigations,
// popups, permissions, certificate and load failures, teardown between attempts.
class TestGrantAccessView : public QObject
{
    Q_OBJECT

private:
    // The PKB stand-in and a second server standing for "any other site".
    std::unique_ptr<LoopbackHttpServer> m_pkb;
    std::unique_ptr<LoopbackHttpServer> m_other;

    QUrl callback(const QString &query = {}) const
    {
        QUrl url = m_pkb->url(QStringLiteral("/pkb-link/callback"));
        url.setQuery(query);
        return url;
    }
    QUrl authorizeUrl() const
    {
        return m_pkb->url(QStringLiteral("/apiAuthorize.action?response_type=code&state=s"));
    }
    void startAt(GrantAccessView &view, const QUrl &redirectUri = {},
                 const QString &acceptLanguage = {})
    {
        view.start(authorizeUrl(), localEnvironment(m_pkb->url()),
                   redirectUri.isEmpty() ? callback() : redirectUri, acceptLanguage);
    }
    static QWebEngineView *webViewOf(const GrantAccessView &view)
    {
        return view.findChild<QWebEngineView *>(QStringLiteral("grantWebView"));
    }
    // Records the URLs of the page's stopped (refused) main-frame loads.
    static std::shared_ptr<QList<QUrl>> recordStoppedLoads(QWebEnginePage *page)
    {
        auto stopped = std::make_shared<QList<QUrl>>();
        connect(page, &QWebEnginePage::loadingChanged, page,
                [stopped](const QWebEngineLoadingInfo &info) {
                    if (info.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
                        stopped->append(info.url());
                });
        return stopped;
    }
    static bool containsOrigin(const QList<QUrl> &urls, const QUrl &url)
    {
        for (const QUrl &candidate : urls) {
            if (candidate.scheme() == url.scheme() && candidate.host() == url.host()
                && candidate.port() == url.port())
                return true;
        }
        return false;
    }
    static void clickAt(QWebEngineView *webView, const QPoint &position)
    {
        LOOP_TRY_VERIFY(webView->focusProxy() != nullptr);
        QTest::mouseClick(webView->focusProxy(), Qt::LeftButton, {}, position);
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void capturesTheRedirectBeforeItLeaves_data();
    void capturesTheRedirectBeforeItLeaves();
    void capturesAnAppSchemeRedirect_data();
    void capturesAnAppSchemeRedirect();
    void capturesOncePerAttempt();
    void refusesForeignNavigations_data();
    void refusesForeignNavigations();
    void refusesForeignSubFrames();
    void offersAClickedForeignLinkExternally();
    void opensNoSecondWindow();
    void deniesFeaturePermissions();
    void sendsTheAcceptLanguageGiven();
    void rejectsCertificateErrors();
    void failsWhenPkbCannotBeLoaded_data();
    void failsWhenPkbCannotBeLoaded();
    void failsWhenALaterPageCannotBeLoaded();
    void showsPkbsOwnErrorPages();
    void cancelStopsAndTearsDownOnce();
    void eachAttemptStartsWithoutThePreviousSession();
    void headerShowsHostSecurityAndProgress();
    void refusesAnAuthorizeUrlOutsideThePkbOrigin();
    void refusesAnUnusableRedirectUri_data();
    void refusesAnUnusableRedirectUri();
    void keepsCodesStateAndPageTextOutOfLogs();
    void receiversMayStartAgainFromTheSignal();
    void destroyingTheViewMidAttemptTearsDown();
};

void TestGrantAccessView::init()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pkblink.*.debug=true"));
    m_pkb = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_pkb->listen());
    m_other = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_other->listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    m_other->respond(QStringLiteral("/x"), LoopbackHttpServer::html(200, "<title>other</title>"));
    m_other->respond(QStringLiteral("/help"), LoopbackHttpServer::html(200, "<title>help</title>"));
}

void TestGrantAccessView::cleanup()
{
    m_pkb.reset();
    m_other.reset();
}

void TestGrantAccessView::capturesTheRedirectBeforeItLeaves_data()
{
    QTest::addColumn<QString>("page"); // empty: an HTTP 302 to the redirect URI
    const QString target = QStringLiteral("%CALLBACK%?code=C0DE&state=ST4TE");
    QTest::newRow("HTTP 302") << QString();
    QTest::newRow("script") << QStringLiteral("<script>location.href = '%1';</script>").arg(target);
    QTest::newRow("form post") << QStringLiteral("<form id=f method=post action='%1'></form>"
                                                 "<script>document.getElementById('f').submit()"
                                                 "</script>")
                                      .arg(target);
    QTest::newRow("meta refresh")
        << QStringLiteral("<meta http-equiv=refresh content='0;url=%1'>").arg(target);
    QTest::newRow("sub-frame") << QStringLiteral("<iframe src='%1'></iframe>").arg(target);
}

void TestGrantAccessView::capturesTheRedirectBeforeItLeaves()
{
    QFETCH(QString, page);
    const QUrl redirect = callback(QStringLiteral("code=C0DE&state=ST4TE"));
    if (page.isEmpty())
        m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                       LoopbackHttpServer::redirect(redirect));
    else
        m_pkb->respond(
            QStringLiteral("/apiAuthorize.action"),
            LoopbackHttpServer::html(
                200, page.replace(QStringLiteral("%CALLBACK%"), callback().toString()).toUtf8()));

    GrantAccessView view;
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAt(view);
    QPointer<QWebEnginePage> page0 = view.page();
    QPointer<QWebEngineProfile> profile0 = view.profile();
    QVERIFY(page0 && profile0);

    LOOP_TRY_COMPARE(captured.count(), 1);
    const QUrl url = captured.at(0).at(0).toUrl();
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("code")), QStringLiteral("C0DE"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("state")), QStringLiteral("ST4TE"));
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), callback());
    // The attempt is over and torn down when the signal arrives.
    QVERIFY(page0.isNull());
    QVERIFY(profile0.isNull());
    QVERIFY(!view.isActive());
    // Give a leaked request time to arrive (it does within ~100 ms when the view lets it go).
    letLateEventsArrive();
    QCOMPARE(captured.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_pkb->requestCount(QStringLiteral("/apiAuthorize.action")), 1);
    // The redirect URI lives on the same server: it would have counted a leaked request.
    QCOMPARE(m_pkb->requestCount(QStringLiteral("/pkb-link/callback")), 0);
}

void TestGrantAccessView::capturesAnAppSchemeRedirect_data()
{
    QTest::addColumn<QString>("page");
    const QString target = QStringLiteral("pkblink://oauth/callback?code=APPC0DE&state=S");
    QTest::newRow("HTTP 302") << QString();
    QTest::newRow("script") << QStringLiteral("<script>location.href = '%1';</script>").arg(target);
    // Not a navigation at all: only the profile's scheme handler sees it.
    QTest::newRow("sub-resource, caught by the scheme handler")
        << QStringLiteral("<img src='%1'>").arg(target);
}

void TestGrantAccessView::capturesAnAppSchemeRedirect()
{
    QFETCH(QString, page);
    const QUrl redirectUri(QStringLiteral("pkblink://oauth/callback"));
    if (page.isEmpty())
        m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                       LoopbackHttpServer::redirect(
                           QUrl(QStringLiteral("pkblink://oauth/callback?code=APPC0DE&state=S"))));
    else
        m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                       LoopbackHttpServer::html(200, page.toUtf8()));

    GrantAccessView view;
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAt(view, redirectUri);
    LOOP_TRY_COMPARE(captured.count(), 1);
    const QUrl url = captured.at(0).at(0).toUrl();
    QCOMPARE(url.scheme(), QStringLiteral("pkblink"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("code")), QStringLiteral("APPC0DE"));
    QVERIFY(!view.isActive());
    letLateEventsArrive();
    QCOMPARE(captured.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestGrantAccessView::capturesOncePerAttempt()
{
    // Page level: a second matching URL is never reported.
    {
        QWebEngineProfile profile;
        GrantPage page(&profile, GrantNavigationPolicy(localEnvironment(m_pkb->url()), callback()));
        QSignalSpy captured(&page, &GrantPage::redirectCaptured);
        QVERIFY(!page.captureRedirect(m_other->url(QStringLiteral("/pkb-link/callback?code=1"))));
        QVERIFY(!page.hasCapturedRedirect());
        QVERIFY(page.captureRedirect(callback(QStringLiteral("code=1"))));
        QVERIFY(!page.captureRedirect(callback(QStringLiteral("code=2"))));
        QCOMPARE(captured.count(), 1);
        QVERIFY(page.hasCapturedRedirect());
    }
    // View level: a page racing two redirects gives one signal, the first.
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                   LoopbackHttpServer::html(
                       200,
                       QStringLiteral("<script>location.href = '%1?code=first';"
                                      "setTimeout(() => location.href = '%1?code=second', 0);"
                                      "</script>")
                           .arg(callback().toString())
                           .toUtf8()));
    GrantAccessView view;
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    startAt(view);
    LOOP_TRY_COMPARE(captured.count(), 1);
    letLateEventsArrive();
    QCOMPARE(captured.count(), 1);
    QCOMPARE(QUrlQuery(captured.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("code")),
             QStringLiteral("first"));
}

void TestGrantAccessView::refusesForeignNavigations_data()
{
    QTest::addColumn<QString>("script"); // %OTHER% is the foreign URL; empty: a typed load
    QTest::addColumn<QString>("target"); // "host", "port", "alias", "file", "data"
    QTest::addColumn<bool>("offered");

    QTest::newRow("script to another host") << "location.href = '%OTHER%'"
                                            << "host" << true;
    QTest::newRow("script to another port") << "location.href = '%OTHER%'"
                                            << "port" << true;
    QTest::newRow("script to a localhost alias") << "location.href = '%OTHER%'"
                                                 << "alias" << true;
    QTest::newRow("form post to another host")
        << "var f = document.createElement('form'); f.method = 'post'; f.action = '%OTHER%';"
           "document.body.appendChild(f); f.submit();"
        << "host" << false;
    QTest::newRow("typed load of another host") << ""
                                                << "host" << false;
    QTest::newRow("typed load of a file") << ""
                                          << "file" << false;
    QTest::newRow("typed load of data") << ""
                                        << "data" << false;
}

void TestGrantAccessView::refusesForeignNavigations()
{
    QFETCH(QString, script);
    QFETCH(QString, target);
    QFETCH(bool, offered);

    LoopbackHttpServer otherPort;
    QVERIFY(otherPort.listen());
    otherPort.respond(QStringLiteral("/x"), LoopbackHttpServer::html(200, "<title>other</title>"));
    QUrl foreign;
    if (target == QLatin1String("host"))
        foreign = m_other->url(QStringLiteral("/x"));
    else if (target == QLatin1String("port"))
        foreign = otherPort.url(QStringLiteral("/x"));
    else if (target == QLatin1String("alias"))
        foreign = QUrl(QStringLiteral("http://localhost:%1/x").arg(m_pkb->port()));
    else if (target == QLatin1String("file"))
        foreign = QUrl::fromLocalFile(QFINDTESTDATA("data/README.md"));
    else
        foreign = QUrl(QStringLiteral("data:text/html,<title>data</title>"));
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                   LoopbackHttpServer::html(200, "<title>pkb</title><body>pkb</body>"));
    m_pkb->respond(QStringLiteral("/x"),
                   LoopbackHttpServer::html(200, "<title>same server</title>"));

    GrantAccessView view;
    QSignalSpy external(&view, &GrantAccessView::externalLinkRequested);
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAt(view);
    QWebEnginePage *page = view.page();
    // The whole load, not only the title (which comes first): a typed load refused while the
    // first one is still finishing gives no loading signal at all.
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    LOOP_TRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(page->title(), QStringLiteral("pkb"));
    const QUrl pkbPage = page->url();
    const auto stopped = recordStoppedLoads(page);

    if (script.isEmpty())
        page->load(foreign);
    else
        page->runJavaScript(script.replace(QStringLiteral("%OTHER%"), foreign.toString()));
    LOOP_TRY_VERIFY(containsOrigin(*stopped, foreign));

    if (offered) {
        LOOP_TRY_COMPARE(external.count(), 1);
        QCOMPARE(external.at(0).at(0).toUrl(), foreign);
    }
    letLateEventsArrive();
    QCOMPARE(external.count(), offered ? 1 : 0);
    QCOMPARE(page->url(), pkbPage);
    QCOMPARE(page->title(), QStringLiteral("pkb"));
    QCOMPARE(m_other->requests().size(), 0);
    QCOMPARE(otherPort.requests().size(), 0);
    QCOMPARE(m_pkb->requestCount(QStringLiteral("/x")), 0);
    // A refused navigation does not end the attempt.
    QCOMPARE(failed.count(), 0);
    QVERIFY(view.isActive());
}

void TestGrantAccessView::refusesForeignSubFrames()
{
    m_pkb->respond(
        QStringLiteral("/apiAuthorize.action"),
        LoopbackHttpServer::html(200,
                                 QStringLiteral("<title>pkb</title><iframe src='%1'></iframe>"
                                                "<iframe srcdoc='<p>inline</p>'></iframe>")
                                     .arg(m_other->url(QStringLiteral("/x")).toString())
                                     .toUtf8()));
    GrantAccessView view;
    QSignalSpy external(&view, &GrantAccessView::externalLinkRequested);
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAt(view);
    QSignalSpy finished(view.page(), &QWebEnginePage::loadFinished);
    LOOP_TRY_VERIFY(!finished.isEmpty());
    letLateEventsArrive();
    QCOMPARE(m_other->requests().size(), 0);
    QCOMPARE(external.count(), 0);
    QCOMPARE(failed.count(), 0);
    // The srcdoc frame (same origin, loads nothing) is allowed.
    QCOMPARE(evaluate(view.page(), QStringLiteral("window.frames[1].document.body.innerText"))
                 .toString(),
             QStringLiteral("inline"));
}

void TestGrantAccessView::offersAClickedForeignLinkExternally()
{
    const QUrl help = m_other->url(QStringLiteral("/help"));
    m_pkb->respond(
        QStringLiteral("/apiAuthorize.action"),
        LoopbackHttpServer::html(
            200,
            QStringLiteral("<title>pkb</title><a id=ext href='%1' style='position:fixed;"
                           "left:0;top:0;width:300px;height:200px;display:block'>Help</a>")
                .arg(help.toString())
                .toUtf8()));
    GrantAccessView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy external(&view, &GrantAccessView::externalLinkRequested);
    startAt(view);
    // Clicks only once the load is over (Qt 6.8 dropped a click on a page still loading).
    QSignalSpy loaded(view.page(), &QWebEnginePage::loadFinished);
    LOOP_TRY_VERIFY(!loaded.isEmpty());
    QVERIFY(waitForElement(view.page(), QStringLiteral("#ext")));
    const QUrl pkbPage = view.page()->url();
    clickAt(webViewOf(view), QPoint(40, 40));
    LOOP_TRY_COMPARE(external.count(), 1);
    QCOMPARE(external.at(0).at(0).toUrl(), help);
    letLateEventsArrive();
    QCOMPARE(view.page()->url(), pkbPage);
    QCOMPARE(m_other->requests().size(), 0);
}

void TestGrantAccessView::opensNoSecondWindow()
{
    const QUrl help = m_other->url(QStringLiteral("/help"));
    const QUrl popupRedirect = callback(QStringLiteral("code=P0P&state=s"));
    m_pkb->respond(
        QStringLiteral("/apiAuthorize.action"),
        LoopbackHttpServer::html(
            200,
            QStringLiteral("<title>pkb</title>"
                           "<a id=help target=_blank href='%1' style='position:fixed;"
                           "left:0;top:0;width:200px;height:100px;display:block'>Help</a>"
                           "<a id=cb target=_blank href='%2' style='position:fixed;"
                           "left:0;top:150px;width:200px;height:100px;display:block'>Go</a>")
                .arg(help.toString(), popupRedirect.toString())
                .toUtf8()));
    GrantAccessView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy external(&view, &GrantAccessView::externalLinkRequested);
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    startAt(view);
    QSignalSpy loaded(view.page(), &QWebEnginePage::loadFinished);
    LOOP_TRY_VERIFY(!loaded.isEmpty());
    QVERIFY(waitForElement(view.page(), QStringLiteral("#cb")));
    const int topLevels = QApplication::topLevelWidgets().size();
    int newWindows = 0;
    connect(view.page(), &QWebEnginePage::newWindowRequested, this,
            [&newWindows](QWebEngineNewWindowRequest &) { ++newWindows; });

    // A scripted popup: refused without a word.
    view.page()->runJavaScript(
        QStringLiteral("window.open('%1', 'popup', 'width=300')").arg(help.toString()));
    LOOP_TRY_COMPARE(newWindows, 1);
    letLateEventsArrive();
    QCOMPARE(external.count(), 0);

    // A popup link the patient clicked: offered in the system browser.
    clickAt(webViewOf(view), QPoint(40, 40));
    LOOP_TRY_COMPARE(external.count(), 1);
    QCOMPARE(external.at(0).at(0).toUrl(), help);

    QCOMPARE(view.findChildren<QWebEngineView *>().size(), 1);
    QCOMPARE(QApplication::topLevelWidgets().size(), topLevels);
    QCOMPARE(m_other->requests().size(), 0);

    // A popup to the redirect URI is captured like any other navigation to it.
    clickAt(webViewOf(view), QPoint(40, 190));
    LOOP_TRY_COMPARE(captured.count(), 1);
    QCOMPARE(QUrlQuery(captured.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("code")),
             QStringLiteral("P0P"));
    QCOMPARE(m_pkb->requestCount(QStringLiteral("/pkb-link/callback")), 0);
}

void TestGrantAccessView::deniesFeaturePermissions()
{
    m_pkb->respond(
        QStringLiteral("/apiAuthorize.action"),
        LoopbackHttpServer::html(
            200,
            "<title>pkb</title><script>"
            "var results = {};"
            "function show(key, value) { results[key] = value;"
            "  document.title = Object.keys(results).sort().map(k => k + ':' + results[k])"
            "    .join(' '); }"
            "Notification.requestPermission().then(p => show('notifications', p));"
            "navigator.geolocation.getCurrentPosition(() => show('geolocation', 'granted'),"
            "  e => show('geolocation', e.code === e.PERMISSION_DENIED ? 'denied' : e.code));"
            "</script>"));
    GrantAccessView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    startAt(view);
    LOOP_TRY_COMPARE(view.page()->title(),
                     QStringLiteral("geolocation:denied notifications:denied"));
}

void TestGrantAccessView::sendsTheAcceptLanguageGiven()
{
    const QString language = QStringLiteral("cy-GB,cy;q=0.9,en;q=0.5");
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                   LoopbackHttpServer::html(200, "<title>pkb</title>"));
    GrantAccessView view;
    startAt(view, {}, language);
    QCOMPARE(view.profile()->httpAcceptLanguage(), language);
    LOOP_TRY_COMPARE(m_pkb->requestCount(QStringLiteral("/apiAuthorize.action")), 1);
    QCOMPARE(
        m_pkb->lastRequest(QStringLiteral("/apiAuthorize.action")).headers.value("accept-language"),
        language.toUtf8());
}

void TestGrantAccessView::rejectsCertificateErrors()
{
    LoopbackHttpServer tls;
    QVERIFY(tls.listenTls(QFINDTESTDATA("data/selfsigned-cert.pem"),
                          QFINDTESTDATA("data/selfsigned-key.pem")));
    tls.respond(QStringLiteral("/apiAuthorize.action"),
                LoopbackHttpServer::html(200, "<title>untrusted</title>"));

    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    view.start(tls.url(QStringLiteral("/apiAuthorize.action")), customEnvironment(tls.url()),
               QUrl(QStringLiteral("pkblink://oauth/callback")), {});
    QPointer<QWebEngineProfile> profile = view.profile();
    LOOP_TRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<AppError>();
    QCOMPARE(error.kind, AppError::Kind::Network);
    QCOMPARE(error.userMessage,
             QStringLiteral("The connection to PKB is not secure (certificate problem). The page "
                            "was not opened."));
    QVERIFY(!error.technicalDetail.isEmpty());
    QVERIFY(!error.retryable);
    QVERIFY(profile.isNull());
    letLateEventsArrive();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(tls.requests().size(), 0);
}

void TestGrantAccessView::failsWhenPkbCannotBeLoaded_data()
{
    QTest::addColumn<QString>("trouble");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const QString network =
        QStringLiteral("PKB's page could not be loaded. Check your connection and try Retry.");
    QTest::newRow("nothing listening") << "down" << int(AppError::Kind::Network) << network;
    QTest::newRow("connection dropped") << "drop" << int(AppError::Kind::Network) << network;
    QTest::newRow("server error on the first page")
        << "503" << int(AppError::Kind::Server)
        << QStringLiteral("PKB is not answering properly right now. Try again in a few minutes.");
}

void TestGrantAccessView::failsWhenPkbCannotBeLoaded()
{
    QFETCH(QString, trouble);
    QFETCH(int, kind);
    QFETCH(QString, message);

    QUrl base = m_pkb->url();
    if (trouble == QLatin1String("down")) {
        LoopbackHttpServer closed;
        QVERIFY(closed.listen());
        base = closed.url();
    } else {
        auto response = LoopbackHttpServer::html(503, "<title>busy</title>");
        if (trouble == QLatin1String("drop"))
            response.mode = LoopbackHttpServer::Mode::Drop;
        m_pkb->respond(QStringLiteral("/apiAuthorize.action"), response);
    }
    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    QSignalSpy cancelled(&view, &GrantAccessView::cancelled);
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    QUrl authorize = base;
    authorize.setPath(QStringLiteral("/apiAuthorize.action"));
    view.start(authorize, localEnvironment(base), callback(), {});
    QPointer<QWebEngineProfile> profile = view.profile();
    LOOP_TRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<AppError>();
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.userMessage, message);
    QVERIFY(error.retryable);
    QVERIFY(!error.technicalDetail.contains(QStringLiteral("state=")));
    QVERIFY(profile.isNull());
    QVERIFY(!view.isActive());
    letLateEventsArrive();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(captured.count(), 0);
}

void TestGrantAccessView::failsWhenALaterPageCannotBeLoaded()
{
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                   LoopbackHttpServer::html(200, "<title>pkb</title>"));
    LoopbackHttpServer::Response dropped;
    dropped.mode = LoopbackHttpServer::Mode::Drop;
    m_pkb->respond(QStringLiteral("/login.action"), dropped);
    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAt(view);
    LOOP_TRY_COMPARE(view.page()->title(), QStringLiteral("pkb"));
    view.page()->runJavaScript(QStringLiteral("location.href = '/login.action'"));
    LOOP_TRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<AppError>().kind, AppError::Kind::Network);
}

void TestGrantAccessView::showsPkbsOwnErrorPages()
{
    // PKB explains a bad request on its own page (pkb-api.md): that page stays visible.
    const auto badRequest =
        LoopbackHttpServer::html(400, "<title>PKB error</title><p id=error>Unknown client</p>");
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"), badRequest);
    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAt(view);
    LOOP_TRY_COMPARE(view.page()->title(), QStringLiteral("PKB error"));
    letLateEventsArrive();
    QCOMPARE(failed.count(), 0);
    QVERIFY(view.isActive());
}

void TestGrantAccessView::cancelStopsAndTearsDownOnce()
{
    LoopbackHttpServer::Response hold;
    hold.mode = LoopbackHttpServer::Mode::Hang;
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"), hold);
    GrantAccessView view;
    QSignalSpy cancelled(&view, &GrantAccessView::cancelled);
    QSignalSpy failed(&view, &GrantAccessView::failed);
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    startAt(view);
    QPointer<QWebEnginePage> page = view.page();
    QPointer<QWebEngineProfile> profile = view.profile();
    QPointer<QWebEngineView> webView = webViewOf(view);
    LOOP_TRY_COMPARE(m_pkb->requestCount(QStringLiteral("/apiAuthorize.action")), 1);

    auto *cancelButton = view.findChild<QPushButton *>(QStringLiteral("grantCancelButton"));
    QVERIFY(cancelButton && cancelButton->isEnabled());
    QVERIFY(!cancelButton->accessibleName().isEmpty());
    QVERIFY(!cancelButton->accessibleDescription().isEmpty());
    cancelButton->click();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(page.isNull());
    QVERIFY(profile.isNull());
    // The web view, hidden at once, goes from the event loop.
    QVERIFY(!webViewOf(view));
    QVERIFY(!webView || webView->isHidden());
    LOOP_TRY_VERIFY(webView.isNull());
    QVERIFY(!view.isActive());
    QVERIFY(!cancelButton->isEnabled());

    view.cancel();
    letLateEventsArrive();
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(captured.count(), 0);
}

void TestGrantAccessView::eachAttemptStartsWithoutThePreviousSession()
{
    auto page = LoopbackHttpServer::html(200, {});
    page.headers.append(
        qMakePair(QByteArray("Set-Cookie"), QByteArray("PKBSESSION=abc123; Path=/; HttpOnly")));
    page.body = "<script>document.title = 'storage:' + (localStorage.getItem('k') || 'none');"
                "localStorage.setItem('k', 'kept');</script>";
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"), page);

    GrantAccessView view;
    startAt(view);
    QPointer<QWebEnginePage> pageA = view.page();
    QPointer<QWebEngineProfile> profileA = view.profile();
    QVERIFY(profileA->isOffTheRecord());
    QVERIFY(profileA->storageName().isEmpty());
    QCOMPARE(profileA->persistentCookiesPolicy(), QWebEngineProfile::NoPersistentCookies);
    LOOP_TRY_COMPARE(pageA->title(), QStringLiteral("storage:none"));
    // Within attempt A the session exists (so the checks below can tell)...
    pageA->triggerAction(QWebEnginePage::Reload);
    LOOP_TRY_COMPARE(m_pkb->requestCount(QStringLiteral("/apiAuthorize.action")), 2);
    QCOMPARE(m_pkb->lastRequest(QStringLiteral("/apiAuthorize.action")).headers.value("cookie"),
             QByteArray("PKBSESSION=abc123"));
    LOOP_TRY_COMPARE(pageA->title(), QStringLiteral("storage:kept"));

    // ...and attempt B starts from nothing: A's page and profile are gone.
    startAt(view);
    QVERIFY(pageA.isNull());
    QVERIFY(profileA.isNull());
    LOOP_TRY_COMPARE(m_pkb->requestCount(QStringLiteral("/apiAuthorize.action")), 3);
    QVERIFY(!m_pkb->lastRequest(QStringLiteral("/apiAuthorize.action")).headers.contains("cookie"));
    LOOP_TRY_COMPARE(view.page()->title(), QStringLiteral("storage:none"));
}

void TestGrantAccessView::headerShowsHostSecurityAndProgress()
{
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                   LoopbackHttpServer::html(200, "<title>pkb</title>"));
    GrantAccessView view;
    auto *host = view.findChild<QLabel *>(QStringLiteral("grantHostLabel"));
    auto *security = view.findChild<QLabel *>(QStringLiteral("grantSecurityLabel"));
    auto *progress = view.findChild<QProgressBar *>(QStringLiteral("grantProgress"));
    auto *cancelButton = view.findChild<QPushButton *>(QStringLiteral("grantCancelButton"));
    QVERIFY(host && security && progress && cancelButton);
    QCOMPARE(view.objectName(), QStringLiteral("grantAccessView"));
    QVERIFY(!cancelButton->isEnabled());

    startAt(view);
    QVERIFY(webViewOf(view));
    QVERIFY(!webViewOf(view)->accessibleName().isEmpty());
    QVERIFY(!progress->accessibleName().isEmpty());
    LOOP_TRY_COMPARE(progress->value(), 100);
    // Loaded: no full bar is left beside Cancel.
    LOOP_TRY_VERIFY(progress->isHidden());
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(security->text(), QStringLiteral("Not encrypted: local test server"));
    QVERIFY(!host->text().contains(QLatin1Char('?')));
    QVERIFY(cancelButton->isEnabled());

    view.clear();
    QCOMPARE(host->text(), QString());
    QCOMPARE(security->text(), QString());
    QCOMPARE(progress->value(), 0);
    QVERIFY(progress->isHidden());
    QVERIFY(!cancelButton->isEnabled());
    QVERIFY(!webViewOf(view));
}

void TestGrantAccessView::refusesAnAuthorizeUrlOutsideThePkbOrigin()
{
    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    view.start(m_other->url(QStringLiteral("/apiAuthorize.action")), localEnvironment(m_pkb->url()),
               callback(), {});
    // Never synchronous: the caller's start() returns first.
    QCOMPARE(failed.count(), 0);
    QVERIFY(!view.isActive());
    QVERIFY(!view.profile());
    LOOP_TRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<AppError>().kind, AppError::Kind::Configuration);
    letLateEventsArrive();
    QCOMPARE(m_other->requests().size(), 0);
}

void TestGrantAccessView::refusesAnUnusableRedirectUri_data()
{
    QTest::addColumn<QUrl>("redirectUri");
    QTest::newRow("unregistered app scheme") << QUrl(QStringLiteral("otherapp://oauth/callback"));
    QTest::newRow("browser scheme") << QUrl(QStringLiteral("ftp://127.0.0.1/pkb-link/callback"));
    QTest::newRow("file") << QUrl(QStringLiteral("file:///tmp/callback"));
    QTest::newRow("invalid") << QUrl(QStringLiteral("http://[::1/callback"));
}

void TestGrantAccessView::refusesAnUnusableRedirectUri()
{
    QFETCH(QUrl, redirectUri);
    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    view.start(authorizeUrl(), localEnvironment(m_pkb->url()), redirectUri, {});
    QVERIFY(!view.isActive());
    LOOP_TRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<AppError>().kind, AppError::Kind::Configuration);
    QCOMPARE(m_pkb->requests().size(), 0);
}

void TestGrantAccessView::keepsCodesStateAndPageTextOutOfLogs()
{
    MessageRecorder recorder;
    m_pkb->respond(
        QStringLiteral("/apiAuthorize.action"),
        LoopbackHttpServer::html(
            200,
            QStringLiteral("<script>console.log('Zoe Patient 943 476 5919');"
                           "console.error('page-secret-marker');"
                           "location.href = '%1';</script>")
                .arg(callback(QStringLiteral("code=C0DE-9f8e7d&state=ST4TE-1a2b3c")).toString())
                .toUtf8()));
    {
        GrantAccessView view;
        QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
        startAt(view);
        LOOP_TRY_COMPARE(captured.count(), 1);
    }
    // Our logging ran (so this test can see a leak)...
    QVERIFY(recorder.contains(QStringLiteral("captured the redirect")));
    // ...and carried no code, state or page text, and no profile-release warning.
    for (const QString &forbidden :
         { QStringLiteral("C0DE-9f8e7d"), QStringLiteral("ST4TE-1a2b3c"),
           QStringLiteral("page-secret-marker"), QStringLiteral("943 476 5919"),
           QStringLiteral("Release of profile requested") }) {
        if (recorder.contains(forbidden))
            QFAIL(qPrintable(QStringLiteral("a log line contains ") + forbidden));
    }
}

void TestGrantAccessView::receiversMayStartAgainFromTheSignal()
{
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                   LoopbackHttpServer::redirect(callback(QStringLiteral("code=1"))));
    m_pkb->respond(QStringLiteral("/second"),
                   LoopbackHttpServer::html(200, "<title>second</title>"));
    GrantAccessView view;
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    connect(&view, &GrantAccessView::redirectCaptured, this, [this, &view] {
        view.start(m_pkb->url(QStringLiteral("/second")), localEnvironment(m_pkb->url()),
                   callback(), {});
    });
    startAt(view);
    LOOP_TRY_COMPARE(captured.count(), 1);
    QVERIFY(view.isActive());
    LOOP_TRY_COMPARE(view.page()->title(), QStringLiteral("second"));
}

void TestGrantAccessView::destroyingTheViewMidAttemptTearsDown()
{
    MessageRecorder recorder;
    LoopbackHttpServer::Response hold;
    hold.mode = LoopbackHttpServer::Mode::Hang;
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"), hold);
    auto *view = new GrantAccessView;
    startAt(*view);
    QPointer<QWebEnginePage> page = view->page();
    QPointer<QWebEngineProfile> profile = view->profile();
    LOOP_TRY_COMPARE(m_pkb->requestCount(QStringLiteral("/apiAuthorize.action")), 1);
    delete view;
    QVERIFY(page.isNull());
    QVERIFY(profile.isNull());
    letLateEventsArrive();
    QVERIFY(!recorder.contains(QStringLiteral("Release of profile requested")));
}

GRANT_TEST_MAIN(TestGrantAccessView)
#include "tst_grantaccessview.moc"
