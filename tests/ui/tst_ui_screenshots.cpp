// Screenshots for the README: the welcome, grant (sandbox login page loaded) and details pages,
// plus home and a dark-palette variant, and the details after a restart and sign-in (a five-line
// address), after Refresh and with PKB out of reach; the sign-in, create-account and
// change-password forms while busy, in each language. Skipped unless PKBLINK_SCREENSHOT_DIR names
// a folder.
// PKBLINK_SCREENSHOT_SCALE (e.g. 2) renders at that scale factor (file names get "@2x").
#include "UiHarness.h"

#include "ChangePasswordDialog.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"

#include "accounts/AccountStore.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x3f, 0x1c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x8f, 0x88));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7f, 0xc8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

class TestUiScreenshots : public QObject
{
    Q_OBJECT
private:
    UiHarness h;
    QDir m_dir;
    QString m_suffix;

    void shoot(const QString &name)
    {
        QCoreApplication::processEvents();
        UiHarness::wait(300); // let layouts and the web view settle
        const QString file = m_dir.filePath(name + m_suffix + QStringLiteral(".png"));
        QVERIFY2(h.window()->grab().save(file), qPrintable(file));
        qInfo("wrote %s", qPrintable(file));
    }

    // At once: the busy state lasts only as long as the password work.
    void shootNow(QWidget *widget, const QString &name)
    {
        UiHarness::wait(50);
        const QString file = m_dir.filePath(name + m_suffix + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(file), qPrintable(file));
        qInfo("wrote %s", qPrintable(file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("PKBLINK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PKBLINK_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(dir));
        m_dir = QDir(dir);
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
        if (!scale.isEmpty() && scale != QLatin1String("1"))
            m_suffix = QStringLiteral("@%1x").arg(scale);
        // One style everywhere so the pictures do not depend on the desktop.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure()));
    }

    void init() { QVERIFY2(h.newMachine(), qPrintable(h.lastFailure())); }

    void cleanup() { h.closeWindow(); }

    void journey()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        h.openWindow()->resize(900, 700);
        shoot(QStringLiteral("welcome"));
        QVERIFY2(h.createAccount(QStringLiteral("sam"), QStringLiteral("Sam"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        shoot(QStringLiteral("home"));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        h.runJavaScript(QStringLiteral("window.scrollTo(0, 0); true"));
        UiHarness::wait(500);
        shoot(QStringLiteral("grant"));
        QVERIFY2(
            h.loginOnGrantPage(QStringLiteral("gwen.patient"), QStringLiteral("Sandbox-Gwen-1")),
            qPrintable(h.lastFailure()));
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("detailsPage")));
        UI_TRY_VERIFY(
            h.find<QLabel>(QStringLiteral("detailsName"))->text().contains(QStringLiteral("Gwen")));
        shoot(QStringLiteral("details"));
    }

    void formsAndBanner()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        h.openWindow()->resize(900, 700);
        QVERIFY(h.clickButton(QStringLiteral("createAccountButton")));
        QVERIFY(h.waitForPage(QStringLiteral("createAccountPage")));
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newUserNameEdit")),
                         QStringLiteral("sam"));
        QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordEdit")),
                         QStringLiteral("short"));
        QVERIFY(h.clickButton(QStringLiteral("createAccountSubmit")));
        UI_TRY_VERIFY(h.find<QLabel>(QStringLiteral("createAccountError"))->isVisible());
        shoot(QStringLiteral("create-account"));
        QVERIFY2(h.createAccount(QStringLiteral("sam"), QStringLiteral("Sam"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.clickButton(QStringLiteral("signInButton")));
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
        shoot(QStringLiteral("sign-in"));
        QVERIFY2(h.signIn(QStringLiteral("sam"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY2(h.loginOnGrantPage(QStringLiteral("tom.patient"), QStringLiteral("Sandbox-Tom-1")),
                 qPrintable(h.lastFailure()));
        QVERIFY2(h.decideOnGrantPage(false), qPrintable(h.lastFailure()));
        UI_TRY_VERIFY(h.isBannerShown());
        shoot(QStringLiteral("denied"));
    }

    void relaunchPath()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        h.openWindow()->resize(900, 700);
        QVERIFY2(h.createAccount(QStringLiteral("sam"), QStringLiteral("Sam"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY2(
            h.connectAndGrant(QStringLiteral("rhodri.patient"), QStringLiteral("Sandbox-Rhodri-1")),
            qPrintable(h.lastFailure()));
        auto address = [this] {
            return h.find<QLabel>(QStringLiteral("detailsAddress"))->text();
        };
        UI_TRY_VERIFY(address().endsWith(QStringLiteral("Wales")));
        shoot(QStringLiteral("relaunch-1-linked"));

        h.openWindow()->resize(900, 700); // a restart on the same data
        QVERIFY2(h.signIn(QStringLiteral("sam"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("detailsPage")));
        UI_TRY_VERIFY(address().endsWith(QStringLiteral("Wales")));
        shoot(QStringLiteral("relaunch-2-signed-in"));

        QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
        UI_TRY_VERIFY(h.find<QPushButton>(QStringLiteral("refreshButton"))->isEnabled());
        shoot(QStringLiteral("relaunch-3-refreshed"));

        h.openWindow()->resize(900, 700);
        h.sandbox().stop();
        QVERIFY2(h.signIn(QStringLiteral("sam"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("detailsPage")));
        UI_TRY_VERIFY(h.isBannerShown());
        shoot(QStringLiteral("relaunch-4-pkb-unreachable"));
        QVERIFY2(h.restartSandboxOnSamePort(), qPrintable(h.lastFailure()));
    }

    void busyForms()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        MainWindow *window = h.openWindow();
        window->resize(900, 700);
        // Slow enough (about a second a hash) to be seen while busy, and within what a stored
        // hash may ask (16 passes); the account made now sets what each sign-in costs.
        window->core()->accounts()->setPasswordHashLimits(
            PasswordHashLimits { 16, 64 * 1024 * 1024 });
        QVERIFY2(h.createAccount(QStringLiteral("sam"), QStringLiteral("Sam"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        int accounts = 0;
        for (const QString &language : { QStringLiteral("en-GB"), QStringLiteral("cy"),
                                         QStringLiteral("pl"), QStringLiteral("ur") }) {
            window->languageSwitcher()->setLanguage(language);
            QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
            QVERIFY(h.clickButton(QStringLiteral("signInButton")));
            QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
            h.find<QLineEdit>(QStringLiteral("userNameEdit"))->clear();
            QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("userNameEdit")),
                             QStringLiteral("sam"));
            QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("passwordEdit")), kPassword);
            QVERIFY(h.clickButton(QStringLiteral("signInSubmit")));
            shootNow(window, QStringLiteral("busy-sign-in-") + language);
            QVERIFY(h.waitForPage(QStringLiteral("homePage"), 60000));

            QVERIFY(h.triggerAction(QStringLiteral("actionChangePassword")));
            auto *dialog = h.find<ChangePasswordDialog>(QStringLiteral("changePasswordDialog"));
            QVERIFY(dialog);
            UI_TRY_VERIFY(dialog->isVisible());
            QPointer<ChangePasswordDialog> open = dialog;
            // The same password again: the next sign-in still works.
            for (const char *name :
                 { "currentPasswordEdit", "changeNewPasswordEdit", "changeConfirmPasswordEdit" })
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QLatin1String(name)), kPassword);
            dialog->findChild<QPushButton *>(QStringLiteral("changePasswordSubmit"))->click();
            shootNow(dialog, QStringLiteral("busy-change-password-") + language);
            UI_TRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 60000);

            QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
            QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
            QVERIFY(h.clickButton(QStringLiteral("createAccountButton")));
            QVERIFY(h.waitForPage(QStringLiteral("createAccountPage")));
            QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newUserNameEdit")),
                             QStringLiteral("sam%1").arg(++accounts));
            QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordEdit")), kPassword);
            QTest::keyClicks(h.find<QLineEdit>(QStringLiteral("newPasswordConfirmEdit")),
                             kPassword);
            QVERIFY(h.clickButton(QStringLiteral("createAccountSubmit")));
            shootNow(window, QStringLiteral("busy-create-account-") + language);
            QVERIFY(h.waitForPage(QStringLiteral("homePage"), 60000));
            QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        }
        window->languageSwitcher()->setLanguage(QStringLiteral("en-GB"));
    }

    void darkPaletteJourney()
    {
        QApplication::setPalette(darkPalette());
        h.openWindow()->resize(900, 700);
        shoot(QStringLiteral("welcome-dark"));
        QVERIFY2(h.createAccount(QStringLiteral("sam"), QStringLiteral("Sam"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY2(
            h.connectAndGrant(QStringLiteral("ivan.patient"), QStringLiteral("Sandbox-Ivan-1")),
            qPrintable(h.lastFailure()));
        UI_TRY_VERIFY(
            h.find<QLabel>(QStringLiteral("detailsName"))->text().contains(QStringLiteral("Ivan")));
        shoot(QStringLiteral("details-dark"));
        // And the error banner, from a Deny.
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

PKBLINK_UI_TEST_MAIN(TestUiScreenshots)
#include "tst_ui_screenshots.moc"
