// The real main window while an accessibility client walks it without pause (see
// AccessibilityWalker): the whole journey, again and again, with accessibility on as under a
// screen reader. Pages switch, forms reset, the grant view is torn down and the details rows
// are rebuilt under the client's questions; the app must answer every one of them.
#include "AccessibilityWalker.h"
#include "PrivateKeyring.h"
#include "UiHarness.h"

#include <QElapsedTimer>

#include <cstdio>

class TestUiA11yWalk : public QObject
{
    Q_OBJECT

    UiHarness h;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QAccessible::isActive() || UiHarness::waitUntil(&QAccessible::isActive, 10000),
                 "accessibility did not turn on");
        QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure()));
        QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure()));
    }

    void cleanup() { h.closeWindow(); }

    void journeyWhileAClientWalksTheTree()
    {
        const int rounds = qEnvironmentVariableIsSet("PKBLINK_UI_A11Y_ROUNDS")
            ? qEnvironmentVariableIntValue("PKBLINK_UI_A11Y_ROUNDS")
            : 3;
        AccessibilityWalker walker(qApp);
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < rounds; ++round) {
            // A new account (its creation resets the form and clears the details page), Connect,
            // PKB's pages, the details rows built; then Refresh and sign out.
            QVERIFY2(h.linkAlice(QStringLiteral("reader%1").arg(round),
                                 QStringLiteral("Reader %1").arg(round)),
                     qPrintable(h.lastFailure()));
            QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
            UiHarness::wait(300);
            QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
            QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
            UiHarness::wait(200);
        }
        qInfo("%d journeys, %d walks, %d events, %d questions, %d web documents in %.1f s", rounds,
              walker.walks(), walker.events(), walker.questions(), walker.webDocuments(),
              double(clock.elapsed()) / 1000.0);
        QVERIFY(walker.walks() > rounds);
        QVERIFY(walker.webDocuments() >= rounds);
    }
};

int main(int argc, char *argv[])
{
    PrivateKeyring session;
    QString error;
    if (!AccessibilityWalker::turnOnAccessibility(session, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QTEST_DISABLE_KEYPAD_NAVIGATION
    TestUiA11yWalk tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_ui_a11ywalk.moc"
