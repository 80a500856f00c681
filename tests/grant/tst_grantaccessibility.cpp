#include "AccessibilityWalker.h"
#include "GrantTestSupport.h"
#include "LoopbackHttpServer.h"
#include "PrivateKeyring.h"

#include "grant/GrantAccessView.h"

#include <QElapsedTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <cstdio>

using namespace GrantTestSupport;

// The grant view while an accessibility client walks it without pause: attempt after attempt
// ends (the redirect is captured, the view and page are torn down) under its questions.
class TestGrantAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attemptsEndWhileAClientWalksTheTree();
    void thePageGoesWhileItsViewStillExists();
};

void TestGrantAccessibility::attemptsEndWhileAClientWalksTheTree()
{
    const int rounds = qEnvironmentVariableIsSet("PKBLINK_GRANT_A11Y_ROUNDS")
        ? qEnvironmentVariableIntValue("PKBLINK_GRANT_A11Y_ROUNDS")
        : 12;
    // As under a screen reader: the widgets and pages send their accessibility events.
    LOOP_TRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 10000);
    LoopbackHttpServer pkb;
    QVERIFY(pkb.listen());
    QUrl callback = pkb.url(QStringLiteral("/pkb-link/callback"));
    // A page with something to read, left by a form post that PKB answers with the redirect
    // (as PKB's Allow button does): the renderer is swapped while the old page is still read.
    pkb.respond(
        QStringLiteral("/apiAuthorize.action"),
        LoopbackHttpServer::html(200,
                                 "<title>Sign in</title><h1>Patients Know Best</h1>"
                                 "<form id=f method=post action='/allow'><label>User name "
                                 "<input name=u value=alice></label><button>Allow</button></form>"
                                 "<p>Text to read</p><script>setTimeout(function() {"
                                 "document.getElementById('f').submit(); }, 400);</script>"));
    QUrl redirect = callback;
    redirect.setQuery(QStringLiteral("code=C0DE&state=s"));
    pkb.respond(QStringLiteral("/allow"), LoopbackHttpServer::redirect(redirect));

    QWidget window;
    window.resize(800, 600);
    auto *view = new GrantAccessView(&window);
    view->resize(800, 600);
    window.show();
    AccessibilityWalker walker(&window);
    int captured = 0;
    connect(view, &GrantAccessView::redirectCaptured, this, [&captured] { ++captured; });

    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        view->start(pkb.url(QStringLiteral("/apiAuthorize.action?response_type=code&state=s")),
                    localEnvironment(pkb.url()), callback, {});
        LOOP_TRY_COMPARE(captured, round + 1);
        // The client goes on asking about what it saw of the page that is gone.
        EventLoopWait::wait(200);
    }
    qInfo("%d attempts, %d walks, %d events, %d questions, %d web documents in %.1f s", rounds,
          walker.walks(), walker.events(), walker.questions(), walker.webDocuments(),
          double(clock.elapsed()) / 1000.0);
    QVERIFY(walker.walks() > rounds);
    // The client did read PKB's pages, not only the view around them.
    QVERIFY(walker.webDocuments() >= rounds);
}

// Qt WebEngine's accessible objects of a page have no QObject of their own (nothing removes them
// from Qt's accessibility cache when the view is deleted) and name the view as their parent:
// the page, and its accessible objects with it, must go first.
void TestGrantAccessibility::thePageGoesWhileItsViewStillExists()
{
    LoopbackHttpServer pkb;
    QVERIFY(pkb.listen());
    const QUrl callback = pkb.url(QStringLiteral("/pkb-link/callback"));
    QUrl redirect = callback;
    redirect.setQuery(QStringLiteral("code=C0DE&state=s"));
    pkb.respond(
        QStringLiteral("/apiAuthorize.action"),
        LoopbackHttpServer::html(200,
                                 "<title>Sign in</title><p>Text to read</p><form id=f method=post "
                                 "action='/allow'></form><script>setTimeout(function() {"
                                 "document.getElementById('f').submit(); }, 1000);</script>"));
    pkb.respond(QStringLiteral("/allow"), LoopbackHttpServer::redirect(redirect));

    GrantAccessView view;
    view.resize(800, 600);
    view.show();
    AccessibilityWalker walker(&view);
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    view.start(pkb.url(QStringLiteral("/apiAuthorize.action?response_type=code&state=s")),
               localEnvironment(pkb.url()), callback, {});
    QPointer<QWebEnginePage> page = view.page();
    QPointer<QWebEngineView> webView = view.findChild<QWebEngineView *>();
    QVERIFY(page && webView);
    bool viewAliveWhenPageWent = false;
    connect(page, &QObject::destroyed, this,
            [&viewAliveWhenPageWent, webView] { viewAliveWhenPageWent = !webView.isNull(); });
    LOOP_TRY_COMPARE(captured.count(), 1);
    QVERIFY(walker.webDocuments() > 0);
    QVERIFY(page.isNull());
    QVERIFY(viewAliveWhenPageWent);
    // The view was out of sight at once and goes from the event loop.
    QVERIFY(!webView || webView->isHidden());
    LOOP_TRY_VERIFY(webView.isNull());
}

int main(int argc, char *argv[])
{
    PrivateKeyring session;
    QString error;
    if (!AccessibilityWalker::turnOnAccessibility(session, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    GrantTestSupport::prepareProcess();
    QApplication app(argc, argv);
    TestGrantAccessibility tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_grantaccessibility.moc"
