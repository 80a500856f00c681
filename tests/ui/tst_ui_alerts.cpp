// What assistive technology is told about errors: the alert of a failed sign-in and the error
// banner carry the visible reason as description and text (not only a heading), have the alert
// role, also once the grant view module is loaded. (That they are announced over AT-SPI is checked
// by tests/accessibility.)
#include "UiHarness.h"

#include "ErrorBanner.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>

class TestUiAlerts : public QObject
{
    Q_OBJECT

private:
    UiHarness h;

    // The alert's role, name, description and text interface all carry what it shows.
    static void verifyReadableAlert(QWidget *alert, const QString &name, const QString &reason)
    {
        QVERIFY(!reason.isEmpty());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(alert);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
        QCOMPARE(iface->text(QAccessible::Name), name);
        QCOMPARE(iface->text(QAccessible::Description), reason);
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY2(text, "the alert has no text");
        QCOMPARE(text->characterCount(), int(reason.size()));
        QCOMPARE(text->text(0, text->characterCount()), reason);
    }

    void verifyFailedSignInReadable()
    {
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.clickButton(QStringLiteral("signInButton")));
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("userNameEdit")), QStringLiteral("alex"));
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("passwordEdit")),
                         QStringLiteral("not-the-password"));
        QVERIFY(h.clickButton(QStringLiteral("signInSubmit")));
        auto *alert = h.find<QLabel>(QStringLiteral("signInError"));
        QVERIFY(alert);
        UI_TRY_VERIFY(alert->isVisible());
        verifyReadableAlert(alert, QStringLiteral("Not signed in"), alert->text());
    }

    void verifyBannerReadable()
    {
        const QString message = QStringLiteral("The settings file could not be read.");
        h.window()->showStartupError(message);
        auto *banner = h.window()->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
        QVERIFY(banner);
        UI_TRY_VERIFY(banner->isVisible());
        verifyReadableAlert(banner, QStringLiteral("Problem"), message);
    }

    static constexpr auto kAlertsPassword = "Alerts-Password-1";

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.sandbox().errorString())); }

    void cleanupTestCase() { h.closeWindow(); }

    void failedSignInReasonIsReadable()
    {
        QVERIFY(h.newMachine());
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("alex"), QStringLiteral("Alex"),
                                 QLatin1String(kAlertsPassword)),
                 qPrintable(h.lastFailure()));
        verifyFailedSignInReadable();
    }

    void bannerIsAnAlertWithItsMessage()
    {
        QVERIFY(h.window());
        verifyBannerReadable();
    }

    // The grant view module has its own copies of the alert classes and installs its own
    // accessibility factory once loaded: alerts made after that are read the same.
    void alertsStayReadableOnceTheGrantViewIsLoaded()
    {
        h.closeWindow();
        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("alex"), QLatin1String(kAlertsPassword)),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        h.closeWindow();
        h.openWindow();
        verifyBannerReadable();
        QVERIFY2(h.signIn(QStringLiteral("alex"), QLatin1String(kAlertsPassword)),
                 qPrintable(h.lastFailure()));
        verifyFailedSignInReadable();
    }
};

PKBLINK_UI_TEST_MAIN(TestUiAlerts)
#include "tst_ui_alerts.moc"
