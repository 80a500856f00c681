// Signing in and creating an account with a deliberately slow Argon2id: the work runs off the UI
// thread, so the window keeps processing events; the form is busy meanwhile (one attempt per
// Enter), and ending the attempt (sign-out, idle time) drops its result.
#include "UiHarness.h"

#include "accounts/AccountStore.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
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

class TestUiSignInBusy : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    AppCore *core() const { return h.window()->core(); }

    // Two to three times the production cost: slow enough to see, on any machine.
    void makeHashingSlow()
    {
        core()->accounts()->setPasswordHashLimits(PasswordHashLimits { 5, 64 * 1024 * 1024 });
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
        qInfo("sign-in took %lld ms; longest gap between 10 ms ticks %lld ms (%d ticks)",
              took.elapsed(), gaps.longestGapMs(), gaps.ticks());
        QVERIFY(core()->session());
        QVERIFY2(gaps.longestGapMs() < 50,
                 qPrintable(QStringLiteral("the UI stopped for %1 ms").arg(gaps.longestGapMs())));
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
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newUserNameEdit")),
                         QStringLiteral("sam"));
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordEdit")), kPassword);
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordConfirmEdit")), kPassword);
        auto *submit = h.find<QPushButton>(QStringLiteral("createAccountSubmit"));
        TickGaps gaps;
        gaps.start();
        UiHarness::waitUntil([&] { return gaps.ticks() >= 3; }, 2000);
        QVERIFY(h.clickButton(QStringLiteral("createAccountSubmit")));
        QCOMPARE(h.currentPage(), QStringLiteral("createAccountPage"));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(submit->text(), QStringLiteral("Creating your account…"));
        QCOMPARE(submit->accessibleName(), QStringLiteral("Creating your account…"));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        gaps.stop();
        qInfo("longest gap between 10 ms ticks during account creation %lld ms",
              gaps.longestGapMs());
        QVERIFY2(gaps.longestGapMs() < 50,
                 qPrintable(QStringLiteral("the UI stopped for %1 ms").arg(gaps.longestGapMs())));
        QVERIFY(core()->session());
    }

    void doubleEnterMakesOneAttempt()
    {
        QVERIFY2(openSignInWithAccount(), qPrintable(h.lastFailure()));
        SessionCounter sessions(core());
        fillSignIn(QStringLiteral("pat"), kPassword);
        auto *secret = h.find<QLineEdit>(QStringLiteral("passwordEdit"));
        QTest::keyClick(secret, Qt::Key_Return);
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        UiHarness::wait(1000); // long enough for a second attempt to finish too
        QCOMPARE(sessions.started(), 1);
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
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newUserNameEdit")),
                         QStringLiteral("sam"));
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordEdit")), kPassword);
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordConfirmEdit")), kPassword);
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
