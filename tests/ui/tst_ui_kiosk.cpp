// Clinic kiosk mode and the administrator's fixed settings, through the real main window:
// no settings or quit, no account list, the idle warning and sign-out, every national
// identifier behind a reveal button (and out of the accessibility tree until then), and fixed
// values shown read-only.
#include "UiHarness.h"

#include "IdleWatcher.h"

#include "config/AppSettings.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace {
// Everything a screen reader can read in the window: the accessible name, description and value
// of every object in its accessibility tree, shown or not.
void collectAccessibleTexts(QAccessibleInterface *node, QStringList &texts, int depth = 0)
{
    if (!node || !node->isValid() || depth > 64)
        return;
    for (const auto kind : { QAccessible::Name, QAccessible::Description, QAccessible::Value })
        texts << node->text(kind);
    for (int i = 0; i < node->childCount(); ++i)
        collectAccessibleTexts(node->child(i), texts, depth + 1);
}

// What the window holds that shows or reads out any of needles: label texts, button texts,
// tooltips, and the whole accessibility tree.
QStringList textsHolding(QWidget *window, const QStringList &needles)
{
    QStringList texts;
    collectAccessibleTexts(QAccessible::queryAccessibleInterface(window), texts);
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
    }
    QStringList holding;
    for (const QString &text : std::as_const(texts)) {
        QString digits = text;
        digits.remove(QLatin1Char(' '));
        for (const QString &needle : needles) {
            if (digits.contains(needle))
                holding << text;
        }
    }
    holding.removeDuplicates();
    return holding;
}

const QVariantMap kKiosk = { { QStringLiteral("kiosk/enabled"), true } };
} // namespace

class TestUiKiosk : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    bool warningShown() const
    {
        auto *warning = h.find<QWidget>(QStringLiteral("idleWarning"));
        return warning && warning->isVisible();
    }

    void openKioskSignedIn()
    {
        QVERIFY2(h.newMachine(kKiosk), qPrintable(h.lastFailure()));
        h.openWindow();
        QVERIFY(h.window()->isKiosk());
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }
    void init() { QVERIFY(h.sandbox().reset()); }
    void cleanup() { h.closeWindow(); }

    void normalWindowHasSettingsAndQuit()
    {
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        h.openWindow();
        QVERIFY(!h.window()->isKiosk());
        QVERIFY(!h.window()->idleWatcher());
        for (const char *name : { "actionSettings", "actionQuit" }) {
            auto *action = h.find<QAction>(QString::fromLatin1(name));
            QVERIFY(action->isVisible() && action->isEnabled());
        }
        QVERIFY(!h.find<QPushButton>(QStringLiteral("revealNhsButton"))->isVisible());
    }

    void kioskHasNoSettingsQuitOrClose()
    {
        openKioskSignedIn();
        for (const char *name : { "actionSettings", "actionQuit" }) {
            auto *action = h.find<QAction>(QString::fromLatin1(name));
            QVERIFY(!action->isVisible());
            QVERIFY(!action->isEnabled());
        }
        QTest::keyClick(h.window(), Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(h.window(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(!h.window()->findChild<QDialog *>(QStringLiteral("settingsDialog")));
        QVERIFY(!h.window()->close());
        QVERIFY(h.window()->isVisible());
        QVERIFY(h.window()->core()->session());
    }

    void kioskSignInPageListsNoAccounts()
    {
        openKioskSignedIn();
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        QVERIFY(h.clickButton(QStringLiteral("signInButton")));
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
        QVERIFY(!h.find<QListWidget>(QStringLiteral("accountList"))->isVisible());
        QVERIFY(!h.find<QLineEdit>(QStringLiteral("userNameEdit"))->completer());
        UiHarness::saveScreenshot(h.window(), QStringLiteral("kiosk-sign-in"));
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
    }

    void idleTimeoutComesFromTheSetting()
    {
        QVERIFY2(h.newMachine({ { QStringLiteral("kiosk/enabled"), true },
                                { QStringLiteral("kiosk/idleTimeoutSeconds"), 40 } }),
                 qPrintable(h.lastFailure()));
        h.openWindow();
        QCOMPARE(h.window()->idleWatcher()->timeout(), 40000);
        QCOMPARE(h.window()->idleWatcher()->warningLead(), 20000); // at most half the time
        // The default warns two minutes before the sign-out.
        QVERIFY2(h.newMachine(kKiosk), qPrintable(h.lastFailure()));
        h.openWindow();
        QCOMPARE(h.window()->idleWatcher()->timeout(), 300000);
        QCOMPARE(h.window()->idleWatcher()->warningLead(), 120000);
        // An administrator's lead wins over the user's file.
        QVERIFY2(h.newMachine({ { QStringLiteral("kiosk/enabled"), true },
                                { QStringLiteral("kiosk/idleTimeoutSeconds"), 600 },
                                { QStringLiteral("kiosk/idleWarningSeconds"), 180 } },
                              { { QStringLiteral("kiosk/idleWarningSeconds"), 20 } }),
                 qPrintable(h.lastFailure()));
        h.openWindow();
        QCOMPARE(h.window()->idleWatcher()->warningLead(), 180000);
    }

    void idleWarnsThenSignsOut()
    {
        openKioskSignedIn();
        h.window()->idleWatcher()->setTimings(900, 600);
        UI_TRY_VERIFY_WITH_TIMEOUT(warningShown(), 3000);
        const QString text = h.find<QLabel>(QStringLiteral("idleWarningText"))->text();
        QVERIFY2(text.contains(QStringLiteral("signed out in")), qPrintable(text));
        QVERIFY(h.find<QPushButton>(QStringLiteral("staySignedInButton"))->isVisible());
        UiHarness::saveScreenshot(h.window(), QStringLiteral("kiosk-idle-warning"));
        // Announced to assistive technology as an alert that says the countdown.
        QAccessibleInterface *alert =
            QAccessible::queryAccessibleInterface(h.find<QWidget>(QStringLiteral("idleWarning")));
        QVERIFY(alert);
        QCOMPARE(alert->role(), QAccessible::AlertMessage);
        QVERIFY2(alert->text(QAccessible::Description).contains(QStringLiteral("signed out in")),
                 qPrintable(alert->text(QAccessible::Description)));
        UI_TRY_VERIFY_WITH_TIMEOUT(!h.window()->core()->session(), 3000);
        // It ends on a page that says so, its button focused: Enter leads to signing in.
        QCOMPARE(h.currentPage(), QStringLiteral("signedOutPage"));
        QVERIFY(!warningShown());
        QVERIFY(h.find<QLabel>(QStringLiteral("signedOutHeading"))->isVisible());
        QCOMPARE(h.find<QLabel>(QStringLiteral("signedOutHeading"))->text(),
                 QStringLiteral("You have been signed out"));
        auto *again = h.find<QPushButton>(QStringLiteral("signedOutSignIn"));
        // The window's focus widget (the window itself may not be active under Xvfb without a
        // window manager, which Qt 6.8 reflects in hasFocus()).
        UI_TRY_VERIFY(again->window()->focusWidget() == again);
        UiHarness::saveScreenshot(h.window(), QStringLiteral("kiosk-signed-out"));
        QTest::keyClick(again, Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
    }

    void staySignedInKeepsTheSession()
    {
        openKioskSignedIn();
        h.window()->idleWatcher()->setTimings(1500, 1200);
        UI_TRY_VERIFY_WITH_TIMEOUT(warningShown(), 3000);
        QVERIFY(h.clickButton(QStringLiteral("staySignedInButton")));
        QVERIFY(!warningShown());
        UiHarness::wait(800); // past the first warning's end
        QVERIFY(h.window()->core()->session());
        QCOMPARE(h.currentPage(), QStringLiteral("homePage"));
        // Left alone again, the countdown starts again.
        UI_TRY_VERIFY_WITH_TIMEOUT(warningShown(), 3000);
    }

    void typingKeepsTheSession()
    {
        openKioskSignedIn();
        h.window()->idleWatcher()->setTimings(700, 300);
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(h.find<QWidget>(QStringLiteral("homePage")), Qt::Key_Shift);
            UiHarness::wait(100);
            QVERIFY(!warningShown());
        }
        QVERIFY(h.window()->core()->session());
    }

    void nhsNumberHiddenUntilRevealed()
    {
        openKioskSignedIn();
        QVERIFY2(h.connectAndGrant(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        auto nhsLabel = [this] {
            return h.find<QLabel>(QStringLiteral("detailsNhsNumber"));
        };
        QVERIFY(!nhsLabel()); // not on the page at all until revealed
        QVERIFY(!h.visibleTexts().join(QLatin1Char(' ')).contains(QStringLiteral("999 156")));
        UiHarness::saveScreenshot(h.window(), QStringLiteral("kiosk-details-hidden-nhs"));
        QVERIFY(h.clickButton(QStringLiteral("revealNhsButton")));
        QVERIFY(nhsLabel()->isVisible());
        QVERIFY(nhsLabel()->text().startsWith(QStringLiteral("999 156 6171")));
        QVERIFY(!h.find<QPushButton>(QStringLiteral("revealNhsButton"))->isVisible());

        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("detailsPage")));
        UI_TRY_VERIFY(h.find<QPushButton>(QStringLiteral("revealNhsButton"))->isVisible());
        QVERIFY(!nhsLabel());
        QCOMPARE(h.window()->windowTitle(), QStringLiteral("PKB Link"));
    }

    void everyNationalIdentifierHiddenUntilRevealed()
    {
        openKioskSignedIn();
        // A CHI number first, then an NHS number.
        QVERIFY2(
            h.connectAndGrant(QStringLiteral("rhodri.patient"), QStringLiteral("Sandbox-Rhodri-1")),
            qPrintable(h.lastFailure()));
        const QString chi = QStringLiteral("0101884321");
        const QString nhs = QStringLiteral("4010232137");
        UI_TRY_VERIFY(h.find<QLabel>(QStringLiteral("detailsName"))
                          ->text()
                          .contains(QStringLiteral("Rhodri")));
        auto *revealNhs = h.find<QPushButton>(QStringLiteral("revealNhsButton"));
        auto *revealOthers = h.find<QPushButton>(QStringLiteral("revealOtherIdsButton"));
        QVERIFY(revealOthers);
        QVERIFY(revealNhs->isVisible());
        QVERIFY(revealOthers->isVisible());
        QVERIFY(!revealOthers->accessibleName().isEmpty());
        QVERIFY(!revealOthers->accessibleDescription().isEmpty());
        QCOMPARE(textsHolding(h.window(), { chi, nhs }), QStringList());
        UiHarness::saveScreenshot(h.window(), QStringLiteral("kiosk-details-hidden-ids"));

        // Each reveal shows its own identifiers only.
        QVERIFY(h.clickButton(QStringLiteral("revealNhsButton")));
        QVERIFY(h.find<QLabel>(QStringLiteral("detailsNhsNumber"))->isVisible());
        QVERIFY(!textsHolding(h.window(), { nhs }).isEmpty());
        QCOMPARE(textsHolding(h.window(), { chi }), QStringList());
        QVERIFY(revealOthers->isVisible());
        QVERIFY(h.clickButton(QStringLiteral("revealOtherIdsButton")));
        auto *others = h.find<QLabel>(QStringLiteral("detailsOtherIds"));
        QVERIFY(others->isVisible());
        QCOMPARE(others->text(), QStringLiteral("CHI number: 0101884321"));
        QVERIFY(others->accessibleName().contains(chi));
        QVERIFY(!revealOthers->isVisible());

        // Hidden again for the next sign-in.
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("detailsPage")));
        UI_TRY_VERIFY(revealOthers->isVisible() && revealNhs->isVisible());
        QCOMPARE(textsHolding(h.window(), { chi, nhs }), QStringList());
    }

    void administratorFixedSettingsAreReadOnly()
    {
        QVERIFY2(
            h.newMachine({ { QStringLiteral("pkb/clientId"), QStringLiteral("pkb-link-local") },
                           { QStringLiteral("pkb/clientAuth"), QStringLiteral("none") } }),
            qPrintable(h.lastFailure()));
        QVERIFY(h.settings()->isFixed(AppSettings::Key::clientId));
        QVERIFY(!h.settings()->setValue(AppSettings::Key::clientId, QStringLiteral("other")));
        h.openWindow();
        QVERIFY(h.triggerAction(QStringLiteral("actionSettings")));
        QDialog *dialog = nullptr;
        UI_TRY_VERIFY(
            (dialog = h.window()->findChild<QDialog *>(QStringLiteral("settingsDialog"))));
        auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("settingsClientId"));
        QVERIFY(clientId->isReadOnly());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("settingsClientIdFixedNote")));
        auto *clientAuth = dialog->findChild<QWidget *>(QStringLiteral("settingsClientAuth"));
        QVERIFY(!clientAuth->isEnabled());
        // Free settings stay editable.
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("settingsBaseUrl"))->isReadOnly());
        clientId->setText(QStringLiteral("changed-by-patient"));
        QVERIFY(h.clickButton(QStringLiteral("settingsSave")));
        QCOMPARE(h.settings()->clientId(), QStringLiteral("pkb-link-local"));
    }

    void kioskFixedByAdministratorCannotBeTurnedOff()
    {
        QVERIFY2(h.newMachine(kKiosk), qPrintable(h.lastFailure()));
        QVERIFY(h.settings()->isFixed(AppSettings::Key::kioskMode));
        QVERIFY(!h.settings()->setValue(AppSettings::Key::kioskMode, false));
        h.settings()->setOverride(AppSettings::Key::kioskMode, false);
        QVERIFY(h.settings()->kioskMode());
    }
};

PKBLINK_UI_TEST_MAIN(TestUiKiosk)
#include "tst_ui_kiosk.moc"
