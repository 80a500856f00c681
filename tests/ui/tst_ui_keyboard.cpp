// Keyboard only: create an account and sign in with typed text, Tab, Enter and Escape; no
// mouse and no direct clicks. Keys go to the window's focus widget, so the test follows the
// real focus chain (it fails if a page does not put focus somewhere sensible).
#include "UiHarness.h"

#include "MainWindow.h"

#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

class TestUiKeyboard : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    QWidget *focus() const { return h.window()->focusWidget(); }
    QString focusName() const { return focus() ? focus()->objectName() : QString(); }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        if (!h.window()->isActiveWindow()) {
            h.window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(h.window()));
        }
        QWidget *target = focus() ? focus() : h.window();
        QTest::keyClick(target, key, modifiers);
    }

    void type(const QString &text)
    {
        QVERIFY(focus());
        QTest::keyClicks(focus(), text);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }

    void init() { QVERIFY2(h.newMachine(), qPrintable(h.lastFailure())); }

    void cleanup() { h.closeWindow(); }

    void createAccountWithKeyboardOnly()
    {
        h.openWindow();
        QCOMPARE(h.currentPage(), QStringLiteral("welcomePage"));
        QCOMPARE(focusName(), QStringLiteral("createAccountButton"));
        press(Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("createAccountPage")));
        UI_TRY_VERIFY(focusName() == QStringLiteral("newUserNameEdit"));
        QCOMPARE(focusName(), QStringLiteral("newUserNameEdit"));
        type(QStringLiteral("kim"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("newDisplayNameEdit"));
        type(QStringLiteral("Kim"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("newPasswordEdit"));
        type(kPassword);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("newPasswordConfirmEdit"));
        type(QStringLiteral("not the same password"));
        press(Qt::Key_Return);
        // A mismatch: the message is shown, the passwords are cleared, focus is on them.
        auto *error = h.find<QLabel>(QStringLiteral("createAccountError"));
        UI_TRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(h.currentPage(), QStringLiteral("createAccountPage"));
        QCOMPARE(focusName(), QStringLiteral("newPasswordEdit"));
        type(kPassword);
        press(Qt::Key_Tab);
        type(kPassword);
        press(Qt::Key_Enter);
        QVERIFY2(h.waitForPage(QStringLiteral("homePage")), qPrintable(error->text()));
        QCOMPARE(h.window()->core()->session()->userName(), QStringLiteral("kim"));
        QCOMPARE(focusName(), QStringLiteral("connectButton"));
    }

    void escapeGoesBack()
    {
        h.openWindow();
        press(Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("createAccountPage")));
        press(Qt::Key_Escape);
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("signInButton"));
        press(Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
        press(Qt::Key_Escape);
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
    }

    void escapeCancelsTheGrant()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("kim"), QStringLiteral("Kim"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QCOMPARE(focusName(), QStringLiteral("connectButton"));
        press(Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        // Focus is in PKB's page, ready for typing.
        QVERIFY(focus());
        QVERIFY(h.find<QWidget>(QStringLiteral("grantWebView"))->isAncestorOf(focus())
                || focusName() == QLatin1String("grantWebView"));
        press(Qt::Key_Escape);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.bannerText().contains(QStringLiteral("cancelled")));
    }

    void signInWithKeyboardOnly()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("kim"), QStringLiteral("Kim"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY2(h.createAccount(QStringLiteral("lee"), QStringLiteral("Lee"), kPassword),
                 qPrintable(h.lastFailure()));
        h.openWindow(); // restart

        // Tab to "Sign in", Enter.
        QCOMPARE(focusName(), QStringLiteral("createAccountButton"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("signInButton"));
        press(Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));

        // The account list has focus; pick "kim" with the arrow keys and Enter.
        auto *list = h.find<QListWidget>(QStringLiteral("accountList"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 2);
        UI_TRY_VERIFY(focusName() == QStringLiteral("accountList"));
        QCOMPARE(focusName(), QStringLiteral("accountList"));
        press(Qt::Key_Home);
        for (int i = 0; i < list->count() && list->currentItem()->text() != QLatin1String("kim");
             ++i)
            press(Qt::Key_Down);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("kim"));
        press(Qt::Key_Return);
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("userNameEdit"))->text(), QStringLiteral("kim"));
        QCOMPARE(focusName(), QStringLiteral("passwordEdit"));
        type(QStringLiteral("wrong password!"));
        press(Qt::Key_Return);
        auto *error = h.find<QLabel>(QStringLiteral("signInError"));
        UI_TRY_VERIFY(error->isVisible());
        QCOMPARE(focusName(), QStringLiteral("passwordEdit"));
        type(kPassword);
        press(Qt::Key_Return);
        QVERIFY2(h.waitForPage(QStringLiteral("homePage")), qPrintable(error->text()));
        QCOMPARE(h.window()->core()->session()->userName(), QStringLiteral("kim"));
    }

    void signInByTypingTheName()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("kim"), QStringLiteral("Kim"), kPassword),
                 qPrintable(h.lastFailure()));
        h.openWindow();
        press(Qt::Key_S, Qt::AltModifier); // the "&Sign in" mnemonic
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
        UI_TRY_VERIFY(focusName() == QStringLiteral("accountList"));
        QCOMPARE(focusName(), QStringLiteral("accountList"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("userNameEdit"));
        type(QStringLiteral("kim"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("passwordEdit"));
        type(kPassword);
        press(Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
    }
};

PKBLINK_UI_TEST_MAIN(TestUiKeyboard)
#include "tst_ui_keyboard.moc"
