// What assistive technology is told about errors: the alert of a failed sign-in and the error
// banner carry the visible reason as description and text (not only a heading), have the alert
// role. (That they are announced over AT-SPI is checked by tests/accessibility.)
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

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.sandbox().errorString())); }

    void cleanupTestCase() { h.closeWindow(); }

    void failedSignInReasonIsReadable()
    {
        QVERIFY(h.newMachine());
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("alex"), QStringLiteral("Alex"),
                                 QStringLiteral("Alerts-Password-1")),
                 qPrintable(h.lastFailure()));
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
        const QString reason = alert->text();
        QVERIFY(!reason.isEmpty());

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(alert);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Not signed in"));
        QCOMPARE(iface->text(QAccessible::Description), reason);
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY2(text, "the alert has no text");
        QCOMPARE(text->characterCount(), int(reason.size()));
        QCOMPARE(text->text(0, text->characterCount()), reason);
    }

    void bannerIsAnAlertWithItsMessage()
    {
        QVERIFY(h.window());
        const QString message = QStringLiteral("The settings file could not be read.");
        h.window()->showStartupError(message);
        auto *banner = h.window()->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
        QVERIFY(banner);
        UI_TRY_VERIFY(banner->isVisible());

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Problem"));
        QCOMPARE(iface->text(QAccessible::Description), message);
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY2(text, "the banner has no text");
        QCOMPARE(text->text(0, text->characterCount()), message);
    }
};

PKBLINK_UI_TEST_MAIN(TestUiAlerts)
#include "tst_ui_alerts.moc"
