// Signing in, creating an account and changing the password with a deliberately slow Argon2id:
// the work runs off the UI thread, so the window keeps processing events; the form or dialog is
// busy meanwhile (one attempt however often Enter or the action is pressed), and ending the
// attempt (sign-out, idle time, closing the dialog) drops its result.
#include "UiHarness.h"

#include "ChangePasswordDialog.h"

#include "accounts/AccountStore.h"
#include "accounts/PasswordHasher.h"
#include "accounts/StatementObserver.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

// Ticks every 10 ms and keeps the longest time between two ticks.
class TickGaps : public QObject
{
    Q_OBJECT
public:
    TickGaps()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &TickGaps::tick);
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The hash is over once the core starts the session; what follows is the next page.
    void stopWhenSessionStarts(AppCore *core)
    {
        connect(core, &AppCore::sessionChanged, this, &TickGaps::stop);
    }
    qint64 longestGapMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        m_longest = qMax(m_longest, m_clock.restart());
        ++m_ticks;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

// Counts the sessions the core starts.
class SessionCounter : public QObject
{
    Q_OBJECT
public:
    explicit SessionCounter(AppCore *core)
    {
        connect(core, &AppCore::sessionChanged, this, &SessionCounter::changed);
    }
    int started() const { return m_started; }

private:
    void changed(PatientSession *session)
    {
        if (session)
            ++m_started;
    }
    int m_started = 0;
};

// Counts the account lookups by user name: each sign-in attempt makes one before its hash, each
// account creation one before its hash and one when it stores the account.
class UserNameLookups : public StatementObserver
{
public:
    explicit UserNameLookups(AccountStore *store)
        : m_store(store)
    {
        m_store->setStatementObserver(this);
    }
    ~UserNameLookups() override { m_store->setStatementObserver(nullptr); }
    bool allowStatement(const QString &sql) override
    {
        if (sql.contains(QLatin1String("FROM accounts WHERE user_key")))
            ++m_count;
        return true;
    }
    int count() const { return m_count; }

private:
    AccountStore *m_store;
    int m_count = 0;
};

class TestUiSignInBusy : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    AppCore *core() const { return h.window()->core(); }

    // Two to three times the production cost: slow enough to see, on any machine.
    static PasswordHashLimits slowLimits() { return PasswordHashLimits { 5, 64 * 1024 * 1024 }; }

    void makeHashingSlow() { core()->accounts()->setPasswordHashLimits(slowLimits()); }

    // How long one such hash keeps this thread, measured now: the UI would stop that long if the
    // work ran on it. Gaps are compared with it, not with a fixed time, as the machine's load
    // changes both.
    static qint64 oneHashOnThisThreadMs()
    {
        QElapsedTimer clock;
        clock.start();
        const bool hashed = PasswordHasher(slowLimits()).hash(kPassword).ok();
        return hashed ? clock.elapsed() : -1;
    }

    static void verifyGapsShorterThanAHash(const TickGaps &gaps, qint64 hashMs)
    {
        qInfo("longest gap between 10 ms ticks %lld ms (%d ticks); one hash on this thread %lld ms",
              gaps.longestGapMs(), gaps.ticks(), hashMs);
        QVERIFY(hashMs > 0);
        QVERIFY2(gaps.longestGapMs() * 2 < hashMs,
                 qPrintable(QStringLiteral("the UI stopped for %1 ms; one hash takes %2 ms")
                                .arg(gaps.longestGapMs())
                                .arg(hashMs)));
    }

    void fillSignIn(const QString &userName, const QString &password)
    {
        auto *name = h.find<QLineEdit>(QStringLiteral("userNameEdit"));
        auto *secret = h.find<QLineEdit>(QStringLiteral("passwordEdit"));
        name->clear();
        secret->clear();
        QTest::keyClicks(name, userName);
        QTest::keyClicks(secret, password);
    }

    void fillCreateAccount(const QString &userName)
    {
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newUserNameEdit")), userName);
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordEdit")), kPassword);
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordConfirmEdit")), kPassword);
    }

    // Signed in as pat (slow hashing), the change-password dialog open.
    ChangePasswordDialog *openChangePassword()
    {
        h.openWindow();
        makeHashingSlow();
        if (!h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword))
            return nullptr;
        if (!h.triggerAction(QStringLiteral("actionChangePassword")))
            return nullptr;
        auto *dialog = h.find<ChangePasswordDialog>(QStringLiteral("changePasswordDialog"));
        if (!dialog || !UiHarness::waitUntil([dialog] { return dialog->isVisible(); }, 5000))
            return nullptr;
        return dialog;
    }

    static void fillChangePassword(ChangePasswordDialog *dialog, const QString &newPassword)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")),
                         kPassword);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("changeNewPasswordEdit")),
                         newPassword);
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(QStringLiteral("changeConfirmPasswordEdit")),
            newPassword);
    }

    bool signsInWith(const QString &password) const
    {
        return core()->accounts()->signIn(QStringLiteral("pat"), password).ok();
    }

    bool openSignInWithAccount()
    {
        h.openWindow();
        makeHashingSlow();
        if (!h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword))
            return false;
        if (!h.triggerAction(QStringLiteral("actionSignOut")))
            return false;
        if (!h.waitForPage(QStringLiteral("welcomePage")))
            return false;
        return h.clickButton(QStringLiteral("signInButton"))
            && h.waitForPage(QStringLiteral("signInPage"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }
    void init() { QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure())); }
    void cleanup() { h.closeWindow(); }

    void signInKeepsTheWindowResponsive()
    {
        QVERIFY2(openSignInWithAccount(), qPrintable(h.lastFailure()));
        fillSignIn(QStringLiteral("pat"), kPassword);
        auto *submit = h.find<QPushButton>(QStringLiteral("signInSubmit"));
        const QString idleText = submit->text();

        TickGaps gaps;
        gaps.stopWhenSessionStarts(core());
        gaps.start();
        UiHarness::waitUntil([&] { return gaps.ticks() >= 3; }, 2000);
        QElapsedTimer took;
        took.start();
        QVERIFY(h.clickButton(QStringLiteral("signInSubmit")));
        // Busy at once, and said so to screen readers.
        QCOMPARE(h.currentPage(), QStringLiteral("signInPage"));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(submit->text(), QStringLiteral("Signing in…"));
        QCOMPARE(submit->accessibleName(), QStringLiteral("Signing in…"));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(submit);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Signing in…"));
        QVERIFY(h.find<QLineEdit>(QStringLiteral("passwordEdit"))->isReadOnly());
        QVERIFY(h.find<QLineEdit>(QStringLiteral("userNameEdit"))->isReadOnly());
        QVERIFY(!h.find<QPushButton>(QStringLiteral("signInBack"))->isEnabled());

        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        gaps.stop();
        qInfo("sign-in took %lld ms", took.elapsed());
        QVERIFY(core()->session());
        verifyGapsShorterThanAHash(gaps, oneHashOnThisThreadMs());
        // The form is ready for the next patient.
        QVERIFY(submit->isEnabled());
        QCOMPARE(submit->text(), idleText);
        QVERIFY(!h.find<QLineEdit>(QStringLiteral("passwordEdit"))->isReadOnly());
    }

    void createAccountKeepsTheWindowResponsive()
    {
        h.openWindow();
        makeHashingSlow();
        QVERIFY(h.clickButton(QStringLiteral("createAccountButton")));
        QVERIFY(h.waitForPage(QStringLiteral("createAccountPage")));
        fillCreateAccount(QStringLiteral("sam"));
        auto *submit = h.find<QPushButton>(QStringLiteral("createAccountSubmit"));
        TickGaps gaps;
        gaps.stopWhenSessionStarts(core());
        gaps.start();
        UiHarness::waitUntil([&] { return gaps.ticks() >= 3; }, 2000);
        QVERIFY(h.clickButton(QStringLiteral("createAccountSubmit")));
        QCOMPARE(h.currentPage(), QStringLiteral("createAccountPage"));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(submit->text(), QStringLiteral("Creating your account…"));
        QCOMPARE(submit->accessibleName(), QStringLiteral("Creating your account…"));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        gaps.stop();
        verifyGapsShorterThanAHash(gaps, oneHashOnThisThreadMs());
        QVERIFY(core()->session());
    }

    void doubleEnterMakesOneAttempt()
    {
        QVERIFY2(openSignInWithAccount(), qPrintable(h.lastFailure()));
        SessionCounter sessions(core());
        UserNameLookups lookups(core()->accounts());
        fillSignIn(QStringLiteral("pat"), kPassword);
        auto *secret = h.find<QLineEdit>(QStringLiteral("passwordEdit"));
        QTest::keyClick(secret, Qt::Key_Return);
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        UiHarness::wait(1000); // long enough for a second attempt to finish too
        QCOMPARE(lookups.count(), 1);
        QCOMPARE(sessions.started(), 1);
    }

    void doubleClickMakesOneAttempt()
    {
        QVERIFY2(openSignInWithAccount(), qPrintable(h.lastFailure()));
        SessionCounter sessions(core());
        UserNameLookups lookups(core()->accounts());
        fillSignIn(QStringLiteral("pat"), kPassword);
        auto *submit = h.find<QPushButton>(QStringLiteral("signInSubmit"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        UiHarness::wait(1000);
        QCOMPARE(lookups.count(), 1);
        QCOMPARE(sessions.started(), 1);
    }

    void doubleEnterCreatesOneAccount()
    {
        h.openWindow();
        makeHashingSlow();
        QVERIFY(h.clickButton(QStringLiteral("createAccountButton")));
        QVERIFY(h.waitForPage(QStringLiteral("createAccountPage")));
        SessionCounter sessions(core());
        UserNameLookups lookups(core()->accounts());
        fillCreateAccount(QStringLiteral("sam"));
        auto *confirm = h.find<QLineEdit>(QStringLiteral("newPasswordConfirmEdit"));
        QTest::keyClick(confirm, Qt::Key_Return);
        QTest::keyClick(confirm, Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        UiHarness::wait(1000);
        // One attempt: its check before the hash and its check when storing.
        QCOMPARE(lookups.count(), 2);
        QCOMPARE(sessions.started(), 1);
        QVERIFY(!h.isBannerShown());
        const auto accounts = core()->accounts()->accounts();
        QVERIFY(accounts.ok());
        QCOMPARE(accounts.value().size(), 1);
    }

    void changePasswordKeepsTheWindowResponsive()
    {
        QPointer<ChangePasswordDialog> dialog = openChangePassword();
        QVERIFY2(dialog, qPrintable(h.lastFailure()));
        const QString next = QStringLiteral("a brand new passphrase");
        fillChangePassword(dialog, next);
        auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"));
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("changePasswordCancel"));
        auto *busy = dialog->findChild<QProgressBar *>(QStringLiteral("changePasswordBusy"));
        QVERIFY(busy);
        QVERIFY(!busy->isVisible());

        const qint64 hashMs = oneHashOnThisThreadMs();
        TickGaps gaps;
        gaps.start();
        UiHarness::waitUntil([&] { return gaps.ticks() >= 3; }, 2000);
        QElapsedTimer took;
        took.start();
        submit->click();
        // The click returns at once (with the work on the UI thread it took the whole change).
        const qint64 clickMs = took.elapsed();
        QVERIFY2(
            clickMs * 2 < hashMs,
            qPrintable(
                QStringLiteral("the click took %1 ms, one hash %2 ms").arg(clickMs).arg(hashMs)));
        // Busy, and said so to screen readers.
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isBusy());
        QVERIFY(!submit->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(submit->text(), QStringLiteral("Changing your password…"));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(submit);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Changing your password…"));
        QVERIFY(busy->isVisible());
        QCOMPARE(busy->accessibleName(), QStringLiteral("Changing your password…"));
        for (auto *edit : dialog->findChildren<QLineEdit *>())
            QVERIFY(edit->isReadOnly());
        // Enter and Escape wait for the outcome.
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")),
                        Qt::Key_Return);
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")),
                        Qt::Key_Escape);
        QVERIFY(dialog->isVisible());

        UI_TRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        gaps.stop();
        qInfo("password change took %lld ms", took.elapsed());
        verifyGapsShorterThanAHash(gaps, hashMs);
        QVERIFY(signsInWith(next));
        QVERIFY(!signsInWith(kPassword));
    }

    void wrongCurrentPasswordShowsTheErrorAfterTheWork()
    {
        QPointer<ChangePasswordDialog> dialog = openChangePassword();
        QVERIFY2(dialog, qPrintable(h.lastFailure()));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")),
                         QStringLiteral("not my password"));
        const QString next = QStringLiteral("a brand new passphrase");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("changeNewPasswordEdit")),
                         next);
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(QStringLiteral("changeConfirmPasswordEdit")), next);
        auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"));
        submit->click();
        QVERIFY(dialog->isBusy());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("changePasswordError"));
        UI_TRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        QVERIFY(submit->isEnabled());
        QCOMPARE(submit->text(), QStringLiteral("&Change password"));
        QVERIFY(
            !dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))->isReadOnly());
        QVERIFY(
            !dialog->findChild<QProgressBar *>(QStringLiteral("changePasswordBusy"))->isVisible());
        QVERIFY(signsInWith(kPassword));
    }

    void closingThePasswordDialogWhileBusyKeepsThePassword()
    {
        QPointer<ChangePasswordDialog> dialog = openChangePassword();
        QVERIFY2(dialog, qPrintable(h.lastFailure()));
        const QString next = QStringLiteral("a brand new passphrase");
        fillChangePassword(dialog, next);
        dialog->findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"))->click();
        QVERIFY(dialog->isBusy());
        // The window manager's close button.
        QVERIFY(dialog->close());
        UiHarness::wait(2000); // the password work ends meanwhile
        QVERIFY(!dialog || !dialog->isVisible());
        QVERIFY(core()->session());
        QVERIFY(!h.isBannerShown());
        QVERIFY(signsInWith(kPassword));
        QVERIFY(!signsInWith(next));
    }

    void signOutDuringPasswordChangeKeepsThePassword()
    {
        QPointer<ChangePasswordDialog> dialog = openChangePassword();
        QVERIFY2(dialog, qPrintable(h.lastFailure()));
        const QString next = QStringLiteral("a brand new passphrase");
        fillChangePassword(dialog, next);
        dialog->findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"))->click();
        QVERIFY(dialog->isBusy());
        // What the idle timeout does too.
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        UiHarness::wait(2000);
        QVERIFY(!dialog || !dialog->isVisible());
        QVERIFY(!core()->session());
        QVERIFY(signsInWith(kPassword));
        QVERIFY(!signsInWith(next));
    }

    void closingTheWindowDuringPasswordChangeIsSafe()
    {
        QPointer<ChangePasswordDialog> dialog = openChangePassword();
        QVERIFY2(dialog, qPrintable(h.lastFailure()));
        fillChangePassword(dialog, QStringLiteral("a brand new passphrase"));
        dialog->findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"))->click();
        QVERIFY(dialog->isBusy());
        h.closeWindow();
        UiHarness::wait(2000);
    }

    void signOutDuringSignInLeavesNoSession()
    {
        QVERIFY2(openSignInWithAccount(), qPrintable(h.lastFailure()));
        SessionCounter sessions(core());
        fillSignIn(QStringLiteral("pat"), kPassword);
        QVERIFY(h.clickButton(QStringLiteral("signInSubmit")));
        QVERIFY(core()->isSigningIn());
        // What the idle timeout and closing do: the attempt under way is dropped.
        core()->signOut();
        QVERIFY(!core()->isSigningIn());
        UiHarness::wait(1500); // the password work ends meanwhile
        QCOMPARE(sessions.started(), 0);
        QVERIFY(!core()->session());
        QCOMPARE(h.currentPage(), QStringLiteral("signInPage"));
        // The form is usable again, and the next attempt works.
        auto *submit = h.find<QPushButton>(QStringLiteral("signInSubmit"));
        UI_TRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 2000);
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QCOMPARE(sessions.started(), 1);
    }

    void cancelledAccountCreationStoresNothing()
    {
        h.openWindow();
        makeHashingSlow();
        QVERIFY(h.clickButton(QStringLiteral("createAccountButton")));
        QVERIFY(h.waitForPage(QStringLiteral("createAccountPage")));
        fillCreateAccount(QStringLiteral("sam"));
        QVERIFY(h.clickButton(QStringLiteral("createAccountSubmit")));
        QVERIFY(core()->isSigningIn());
        core()->signOut();
        UiHarness::wait(1500);
        QVERIFY(!core()->session());
        const auto accounts = core()->accounts()->accounts();
        QVERIFY(accounts.ok());
        QVERIFY(accounts.value().isEmpty());
    }

    void closingDuringSignInIsSafe()
    {
        QVERIFY2(openSignInWithAccount(), qPrintable(h.lastFailure()));
        fillSignIn(QStringLiteral("pat"), kPassword);
        QVERIFY(h.clickButton(QStringLiteral("signInSubmit")));
        h.closeWindow();
        UiHarness::wait(1500);
    }
};

QTEST_MAIN(TestUiSignInBusy)
#include "tst_ui_signinbusy.moc"
