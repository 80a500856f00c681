// No OS keychain (no Secret Service on the session bus: CMake points D-Bus at nothing): the
// grant ends with a clear keychain message, the account is not shown as linked and no token
// is written anywhere else.
#include "UiHarness.h"

#include "MainWindow.h"

#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QAction>
#include <QDirIterator>

class TestUiNoKeychain : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .contains(QStringLiteral("nonexistent")),
                 "run through ctest: the suite needs DBUS_SESSION_BUS_ADDRESS pointing nowhere");
        QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure()));
    }

    void cleanup() { h.closeWindow(); }

    void linkingSaysTheKeychainIsMissing()
    {
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY2(h.loginOnGrantPage(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.isBannerShown(), 30000);
        QVERIFY2(h.bannerText().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
                 qPrintable(h.bannerText()));
        // PKB's grant is live: its tokens wait in memory for a keychain, with Retry.
        QCOMPARE(h.currentPage(), QStringLiteral("linkingPage"));
        QVERIFY(h.find<QWidget>(QStringLiteral("retryButton"))->isVisible());
        PatientSession *session = h.window()->core()->session();
        QCOMPARE(session->linkState(), SessionLinkState::Linking);
        QVERIFY(!session->hasDetails());
        // Giving up (Dismiss) drops them: not linked, nothing kept.
        QVERIFY(h.clickButton(QStringLiteral("dismissErrorButton")));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QCOMPARE(session->linkState(), SessionLinkState::NotLinked);
        QVERIFY(!session->hasDetails());
        QVERIFY(!h.find<QAction>(QStringLiteral("actionUnlink"))->isEnabled());
        QVERIFY(
            !h.allLabelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("999 156 6171")));

        // Nothing was written in plain text instead (the administrator did not allow it).
        QDirIterator files(h.dataDirectory(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString name = files.next();
            QVERIFY2(!name.contains(QStringLiteral("token"), Qt::CaseInsensitive),
                     qPrintable(name));
        }
    }
};

PKBLINK_UI_TEST_MAIN(TestUiNoKeychain)
#include "tst_ui_nokeychain.moc"
