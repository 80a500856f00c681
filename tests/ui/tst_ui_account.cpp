// The Account and Help menus: unlink and delete (the keychain entries really go), sign out,
// change password, Settings (administrator-fixed values read-only) and About.
#include "UiHarness.h"

#include "AboutDialog.h"
#include "ChangePasswordDialog.h"
#include "ConfirmDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "config/AppSettings.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class TestUiAccount : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    PatientSession *session() { return h.window()->core()->session(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }

    void init()
    {
        ConfirmDialog::clearNextAnswer();
        QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure()));
    }

    void cleanup()
    {
        ConfirmDialog::clearNextAnswer();
        h.closeWindow();
    }

    void menuActionsFollowTheSession()
    {
        h.openWindow();
        for (const char *name :
             { "actionUnlink", "actionSignOut", "actionChangePassword", "actionDeleteAccount" })
            QVERIFY2(!h.find<QAction>(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(h.find<QAction>(QStringLiteral("actionSettings"))->isEnabled());
        QVERIFY(h.find<QAction>(QStringLiteral("actionAbout"))->isEnabled());
        QCOMPARE(h.find<QAction>(QStringLiteral("actionQuit"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Q));
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.find<QAction>(QStringLiteral("actionSignOut"))->isEnabled());
        QVERIFY(!h.find<QAction>(QStringLiteral("actionUnlink"))->isEnabled()); // not linked
    }

    void unlinkAskedAndCancelledKeepsLink()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        const QString appUserId = session()->appUserId();
        QVERIFY(!UiHarness::keychainEntriesFor(appUserId).isEmpty());
        ConfirmDialog::setNextAnswer(false);
        QVERIFY(h.triggerAction(QStringLiteral("actionUnlink")));
        UiHarness::wait(200);
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
        QCOMPARE(h.currentPage(), QStringLiteral("detailsPage"));
        QVERIFY(!UiHarness::keychainEntriesFor(appUserId).isEmpty());
    }

    void unlinkRemovesKeychainEntries()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        const QString appUserId = session()->appUserId();
        // The entry is there before, so the check below can fail.
        QVERIFY(!UiHarness::keychainEntriesFor(appUserId).isEmpty());
        ConfirmDialog::setNextAnswer(true);
        QVERIFY(h.triggerAction(QStringLiteral("actionUnlink")));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        UI_TRY_VERIFY(session()->linkState() == SessionLinkState::NotLinked);
        QCOMPARE(session()->linkState(), SessionLinkState::NotLinked);
        UI_TRY_VERIFY_WITH_TIMEOUT(UiHarness::keychainEntriesFor(appUserId).isEmpty(), 10000);
        QVERIFY(
            !h.allLabelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("999 156 6171")));

        // After a restart the account is still not linked.
        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QCOMPARE(session()->linkState(), SessionLinkState::NotLinked);
    }

    void deleteAccountRemovesKeychainEntriesAndAccount()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        const QString appUserId = session()->appUserId();
        QVERIFY(!UiHarness::keychainEntriesFor(appUserId).isEmpty());
        ConfirmDialog::setNextAnswer(true);
        QVERIFY(h.triggerAction(QStringLiteral("actionDeleteAccount")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        UI_TRY_VERIFY(h.window()->core()->session() == nullptr);
        UI_TRY_VERIFY_WITH_TIMEOUT(UiHarness::keychainEntriesFor(appUserId).isEmpty(), 10000);
        QVERIFY(!h.window()->core()->accountNamesForSignIn().contains(QStringLiteral("pat")));
        QVERIFY(!h.allLabelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Alice")));

        QVERIFY(h.clickButton(QStringLiteral("signInButton")));
        auto *name = h.find<QLineEdit>(QStringLiteral("userNameEdit"));
        QTest::keyClicks(name, QStringLiteral("pat"));
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("passwordEdit")), kPassword);
        QVERIFY(h.clickButton(QStringLiteral("signInSubmit")));
        UI_TRY_VERIFY(h.find<QLabel>(QStringLiteral("signInError"))->isVisible());
        QCOMPARE(h.currentPage(), QStringLiteral("signInPage"));
    }

    void signOutClearsEverything()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        QVERIFY(h.window()->core()->session() == nullptr);
        const QString everything = h.allLabelTexts().join(QLatin1Char('\n'));
        QVERIFY(!everything.contains(QStringLiteral("Alice")));
        QVERIFY(!everything.contains(QStringLiteral("999 156 6171")));
        QVERIFY(!h.find<QAction>(QStringLiteral("actionSignOut"))->isEnabled());
    }

    void changePassword()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.triggerAction(QStringLiteral("actionChangePassword")));
        auto *dialog = h.find<ChangePasswordDialog>(QStringLiteral("changePasswordDialog"));
        QVERIFY(dialog);
        UI_TRY_VERIFY(dialog->isVisible());
        const QString newPassword = QStringLiteral("a brand new passphrase");
        const auto fill = [&](const QString &current) {
            for (auto *edit : dialog->findChildren<QLineEdit *>())
                edit->clear();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")),
                             current);
            QTest::keyClicks(
                dialog->findChild<QLineEdit *>(QStringLiteral("changeNewPasswordEdit")),
                newPassword);
            QTest::keyClicks(
                dialog->findChild<QLineEdit *>(QStringLiteral("changeConfirmPasswordEdit")),
                newPassword);
            dialog->findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"))->click();
        };
        fill(QStringLiteral("not my password"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("changePasswordError"));
        UI_TRY_VERIFY(error->isVisible());
        QVERIFY(dialog->isVisible());
        QPointer<ChangePasswordDialog> guard(dialog);
        fill(kPassword);
        UI_TRY_VERIFY(guard.isNull() || !guard->isVisible());

        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        QVERIFY2(h.signIn(QStringLiteral("pat"), newPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
    }

    void settingsShowFixedValuesReadOnly()
    {
        QVERIFY2(
            h.newMachine({ { QStringLiteral("pkb/clientId"), QStringLiteral("pkb-link-local") },
                           { QStringLiteral("pkb/clientAuth"), QStringLiteral("none") } }),
            qPrintable(h.lastFailure()));
        h.openWindow();
        QVERIFY(h.triggerAction(QStringLiteral("actionSettings")));
        auto *dialog = h.find<SettingsDialog>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        UI_TRY_VERIFY(dialog->isVisible());
        auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("settingsClientId"));
        QVERIFY(clientId->isReadOnly());
        QCOMPARE(clientId->text(), QStringLiteral("pkb-link-local"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("settingsClientIdFixedNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("Set by your administrator"));
        QVERIFY(note->isVisible());
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("settingsClientAuth"))->isEnabled());
        // Not fixed: editable, without the note.
        auto *redirect = dialog->findChild<QLineEdit *>(QStringLiteral("settingsRedirectUri"));
        QVERIFY(!redirect->isReadOnly());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("settingsRedirectUriFixedNote")));
        auto *environment = dialog->findChild<QComboBox *>(QStringLiteral("settingsEnvironment"));
        QVERIFY(environment->isEnabled());
        QCOMPARE(environment->currentData().toString(), QStringLiteral("local"));
        const QStringList ids = { QStringLiteral("sandbox"), QStringLiteral("production-uk"),
                                  QStringLiteral("local"), QStringLiteral("custom") };
        for (const QString &id : ids)
            QVERIFY2(environment->findData(id) >= 0, qPrintable(id));
        dialog->reject();
    }

    void settingsSaveAndRefuseUnusable()
    {
        h.openWindow();
        QVERIFY(h.triggerAction(QStringLiteral("actionSettings")));
        auto *dialog = h.find<SettingsDialog>(QStringLiteral("settingsDialog"));
        UI_TRY_VERIFY(dialog && dialog->isVisible());
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("cy")));
        auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("settingsClientId"));
        clientId->clear(); // would make the working settings unusable
        QVERIFY(!dialog->save());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("settingsError"))->isVisible());
        QCOMPARE(h.settings()->clientId(), QStringLiteral("pkb-link-local"));
        QCOMPARE(h.settings()->language(), QStringLiteral("en-GB"));

        QTest::keyClicks(clientId, QStringLiteral("another-client"));
        QVERIFY(dialog->save());
        QCOMPARE(h.settings()->clientId(), QStringLiteral("another-client"));
        QCOMPARE(h.settings()->language(), QStringLiteral("cy"));
        dialog->reject();
    }

    void aboutShowsVersions()
    {
        h.openWindow();
        QVERIFY(h.triggerAction(QStringLiteral("actionAbout")));
        auto *dialog = h.find<AboutDialog>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        UI_TRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("aboutQtVersion"))->text(),
                 QString::fromLatin1(qVersion()));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("aboutAppVersion"))->text(),
                 QStringLiteral(PKBLINK_VERSION));
        const QString keychain =
            dialog->findChild<QLabel *>(QStringLiteral("aboutKeychainVersion"))->text();
        QVERIFY2(keychain.count(QLatin1Char('.')) >= 1, qPrintable(keychain));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("aboutPrivacy"))->text().isEmpty());
        dialog->reject();
    }
};

PKBLINK_UI_TEST_MAIN(TestUiAccount)
#include "tst_ui_account.moc"
