// Nothing of a patient leaves for another host or another patient, through the real main window
// against pkb-sandbox: a user's settings file cannot send the code, the verifier or the bearer
// token anywhere but the PKB the administrator fixed, and one patient's cookies never ride on
// the next patient's requests.
#include "UiHarness.h"

#include "LoopbackHttpServer.h"

#include "GrantViewHost.h"
#include "config/AppSettings.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>

namespace {
// Stands in for the system browser: records what the app asked QDesktopServices to open.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};
} // namespace

class TestUiLeaks : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }
    void init() { QVERIFY(h.sandbox().reset()); }
    void cleanup() { h.closeWindow(); }

    void userFileCannotMoveTheEndpointsOfAFixedEnvironment()
    {
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        const QVariantMap administrator = {
            { QStringLiteral("pkb/environment"), QStringLiteral("local") },
            { QStringLiteral("pkb/baseUrl"), h.sandbox().baseUrl().toString() },
        };
        const QVariantMap userFile = {
            { QStringLiteral("pkb/tokenUrl"),
              elsewhere.url(QStringLiteral("/apiToken.action")).toString() },
            { QStringLiteral("pkb/apiBaseUrl"), elsewhere.baseUrl().toString() },
            { QStringLiteral("pkb/fhirBaseUrl"),
              elsewhere.url(QStringLiteral("/fhir")).toString() },
            { QStringLiteral("pkb/authorizeUrl"),
              elsewhere.url(QStringLiteral("/apiAuthorize.action")).toString() },
        };
        QVERIFY2(h.newMachine(administrator, userFile), qPrintable(h.lastFailure()));
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY2(h.connectAndGrant(kAlice, kAlicePassword),
                 qPrintable(h.lastFailure() + QLatin1Char(' ') + h.bannerText()));
        auto *name = h.find<QLabel>(QStringLiteral("detailsName"));
        QVERIFY(name && name->text().contains(QStringLiteral("Alice Smith")));
        QVERIFY(h.sandbox().requestCount(QStringLiteral("/apiToken.action")) >= 1);
        QCOMPARE(elsewhere.connectionCount(), 0);
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void nextPatientsRequestsCarryNoCookieOfTheLast()
    {
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        // PKB's API answers set a session cookie (JSESSIONID), as PKB's proxies may.
        QVERIFY(h.sandbox().configure({ { QStringLiteral("apiCookies"), true } }));
        QVERIFY2(h.linkAlice(QStringLiteral("pat.a"), QStringLiteral("Pat A")),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));

        QVERIFY2(h.createAccount(QStringLiteral("pat.b"), QStringLiteral("Pat B"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY2(h.connectAndGrant(QStringLiteral("zoe.patient"), QStringLiteral("Sandbox-Zoe-1")),
                 qPrintable(h.lastFailure()));
        // Both patients' token and details requests reached PKB, and none carried a cookie.
        QVERIFY(h.sandbox().requestCount(QStringLiteral("/apiToken.action")) >= 2);
        QVERIFY(h.sandbox().requestCount(QStringLiteral("/json/users/self")) >= 2);
        const QStringList cookies = h.sandbox().apiCookiesReceived();
        QVERIFY2(cookies.isEmpty(), qPrintable(cookies.join(QStringLiteral(" | "))));
    }

    void textThePatientSelectedOrCopiedIsGoneAfterSignOut()
    {
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        // The patient selects the address with the keyboard and copies it (Ctrl+C).
        auto *address = h.find<QLabel>(QStringLiteral("detailsAddress"));
        QVERIFY(address && address->text().contains(QStringLiteral("LS1 4AP")));
        QVERIFY(address->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        address->setFocus(Qt::TabFocusReason);
        QTest::keyClick(address, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(address, Qt::Key_End, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(address->hasSelectedText());
        QTest::keyClick(address, Qt::Key_C, Qt::ControlModifier);
        UI_TRY_VERIFY(clipboard->text().contains(QStringLiteral("LS1 4AP")));
        // And the NHS number with the mouse: in the X11 primary selection.
        auto *nhs = h.find<QLabel>(QStringLiteral("detailsNhsNumber"));
        QVERIFY(nhs);
        if (clipboard->supportsSelection()) {
            clipboard->setText(nhs->text().left(12), QClipboard::Selection);
            UI_TRY_VERIFY(clipboard->text(QClipboard::Selection).startsWith(QStringLiteral("999")));
        }

        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        UI_TRY_VERIFY(!clipboard->text().contains(QStringLiteral("LS1 4AP")));
        QVERIFY(clipboard->text().isEmpty());
        if (clipboard->supportsSelection())
            QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());
    }

    void kioskDetailsAreNotSelectable()
    {
        QVERIFY2(h.newMachine({ { QStringLiteral("kiosk/enabled"), true } }),
                 qPrintable(h.lastFailure()));
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        const QStringList names = { QStringLiteral("detailsName"), QStringLiteral("detailsAddress"),
                                    QStringLiteral("detailsDob"),
                                    QStringLiteral("detailsContacts") };
        for (const QString &name : names) {
            auto *label = h.find<QLabel>(name);
            QVERIFY2(label, qPrintable(name));
            QCOMPARE(label->textInteractionFlags(), Qt::NoTextInteraction);
        }
        (void)h.clickButton(QStringLiteral("revealNhsButton"));
        const auto nhsLabels = h.window()->findChildren<QLabel *>(
            QRegularExpression(QStringLiteral("^detailsNhsNumber")));
        for (const QLabel *label : nhsLabels)
            QCOMPARE(label->textInteractionFlags(), Qt::NoTextInteraction);
        // The Copy button still works (and is cleared at sign-out).
        QVERIFY(h.find<QPushButton>(QStringLiteral("copyNhsButton")));
    }

    void kioskOpensNoLinkOutsideTheApp()
    {
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &recorder, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &recorder, "open");
        QVERIFY2(h.newMachine({ { QStringLiteral("kiosk/enabled"), true } }),
                 qPrintable(h.lastFailure()));
        h.openWindow();
        QVERIFY2(h.createAccountAndConnect(), qPrintable(h.lastFailure()));
        auto *view = h.find<GrantViewHost>(QStringLiteral("grantViewHost"));
        QVERIFY(view);
        // What the grant view asks for when a PKB page links somewhere else.
        Q_EMIT view->externalLinkRequested(QUrl(QStringLiteral("https://www.example.org/help")));
        UI_TRY_VERIFY(h.isBannerShown());
        UiHarness::wait(300);
        QVERIFY(recorder.opened.isEmpty());
        const auto dialogs = h.window()->findChildren<QDialog *>();
        for (const QDialog *dialog : dialogs)
            QVERIFY2(!dialog->isVisible(), qPrintable(dialog->objectName()));
        QVERIFY(h.bannerText().contains(QStringLiteral("cannot be opened")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }
};

PKBLINK_UI_TEST_MAIN(TestUiLeaks)
#include "tst_ui_leaks.moc"
