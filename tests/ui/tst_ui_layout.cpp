// The details page's geometry on every path that shows it: straight after linking, after a
// restart and sign-in, after Refresh, after a language switch and after a resize. No value label
// is clipped (each gets the height its text needs) and the rows are evenly spaced. And the grant
// page leaves no loading bar beside Cancel once PKB's page has loaded. CTest runs the suite at
// 100 %, 150 % and 200 % scale (QT_SCALE_FACTOR).
#include "LayoutCheck.h"
#include "UiHarness.h"

#include "LanguageSwitcher.h"

#include "config/AppSettings.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

namespace {
// Five address lines, a CHI number before the NHS number, non-ASCII names, empty fields.
const QString kRhodri = QStringLiteral("rhodri.patient");
const QString kRhodriPassword = QStringLiteral("Sandbox-Rhodri-1");
const QStringList kAddress = { QStringLiteral("Fflat 2, 7 Heol-y-Fran"), QStringLiteral("Tŷ Gwyn"),
                               QStringLiteral("Caerdydd"), QStringLiteral("CF10 1AA"),
                               QStringLiteral("Wales") };
// How long a page may take to settle its layout once its details are in.
constexpr int kSettleMs = 1500;
} // namespace

class TestUiLayout : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    QLabel *label(const char *name) const { return h.find<QLabel>(QString::fromLatin1(name)); }

    QStringList detailsProblems() const
    {
        QLabel *address = label("detailsAddress");
        if (!address)
            return { QStringLiteral("no address label") };
        if (h.currentPage() != QLatin1String("detailsPage"))
            return { QStringLiteral("on page %1").arg(h.currentPage()) };
        QStringList found = LayoutCheck::problems(address->parentWidget());
        // The heading and the rest of the page too.
        found += LayoutCheck::clippedLabels(h.find<QWidget>(QStringLiteral("detailsPage")));
        found.removeDuplicates();
        return found;
    }

    void verifyDetailsLaidOut(const char *path)
    {
        QStringList found;
        UiHarness::waitUntil(
            [&] {
                found = detailsProblems();
                return found.isEmpty();
            },
            kSettleMs);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 (scale %2): %3")
                                .arg(QLatin1String(path))
                                .arg(h.window()->devicePixelRatioF())
                                .arg(found.join(QStringLiteral("; ")))));
    }

    void waitForRhodri()
    {
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")),
                 qPrintable(h.currentPage() + h.bannerText()));
        UI_TRY_VERIFY(label("detailsAddress")->text() == kAddress.join(QLatin1Char('\n')));
        QVERIFY(label("detailsName")->text().contains(QStringLiteral("Llŷr")));
    }

    void linkRhodri()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY2(h.connectAndGrant(kRhodri, kRhodriPassword), qPrintable(h.lastFailure()));
        waitForRhodri();
    }

    void restartAndSignIn()
    {
        h.openWindow(); // deletes the old window: a restart on the same data and settings
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        waitForRhodri();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure()));
        qInfo("scale factor %s",
              qPrintable(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
    }

    void init() { QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure())); }

    void cleanup() { h.closeWindowInEnglish(); }

    void afterLinking()
    {
        linkRhodri();
        verifyDetailsLaidOut("after linking");
    }

    void afterRestartAndSignIn()
    {
        linkRhodri();
        restartAndSignIn();
        verifyDetailsLaidOut("after restart and sign-in");
        h.window()->resize(1000, 800);
        verifyDetailsLaidOut("after restart, sign-in and a resize");
    }

    void afterRestartAndSignInWithASlowPkb()
    {
        linkRhodri();
        QVERIFY(h.sandbox().addFault(QStringLiteral("purview"), QStringLiteral("latency"), 700));
        QVERIFY(h.sandbox().addFault(QStringLiteral("users-self"), QStringLiteral("latency"), 700));
        restartAndSignIn();
        verifyDetailsLaidOut("after restart and sign-in with a slow PKB");
    }

    void inANarrowWindow()
    {
        linkRhodri();
        h.window()->resize(560, 600);
        verifyDetailsLaidOut("in a narrow window");
        auto *scroll = h.find<QWidget>(QStringLiteral("detailsPage"))->findChild<QScrollArea *>();
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    void afterRefresh()
    {
        linkRhodri();
        restartAndSignIn();
        auto *refresh = h.find<QPushButton>(QStringLiteral("refreshButton"));
        const int before = h.sandbox().requestCount(QStringLiteral("/json/users/self"));
        QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
        UI_TRY_VERIFY(h.sandbox().requestCount(QStringLiteral("/json/users/self")) > before);
        UI_TRY_VERIFY(!h.window()->core()->session()->isBusy() && refresh->isEnabled());
        verifyDetailsLaidOut("after restart, sign-in and Refresh");
    }

    void afterLanguageSwitch()
    {
        linkRhodri();
        restartAndSignIn();
        h.settings()->setValue(AppSettings::Key::language, QStringLiteral("cy"));
        const QString welsh = QCoreApplication::translate("DetailsPage", "&Refresh");
        QVERIFY(welsh != QStringLiteral("&Refresh"));
        UI_TRY_VERIFY(h.find<QPushButton>(QStringLiteral("refreshButton"))->text() == welsh);
        verifyDetailsLaidOut("after switching to Welsh");
        h.settings()->setValue(AppSettings::Key::language, QStringLiteral("en-GB"));
        UI_TRY_VERIFY(h.find<QPushButton>(QStringLiteral("refreshButton"))->text()
                      == QStringLiteral("&Refresh"));
        verifyDetailsLaidOut("after switching back to English");
    }

    void grantPageLoadingBarGoesOnceLoaded()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        auto *progress = h.find<QWidget>(QStringLiteral("grantProgress"));
        QVERIFY(progress);
        // PKB's login page, then its grant page: loaded, no bar is left beside Cancel.
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        UI_TRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 5000);
        QVERIFY2(h.loginOnGrantPage(kRhodri, kRhodriPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForElement(QStringLiteral("allow")));
        UI_TRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 5000);
        QVERIFY(h.find<QWidget>(QStringLiteral("grantCancelButton"))->isVisible());
    }
};

PKBLINK_UI_TEST_MAIN(TestUiLayout)
#include "tst_ui_layout.moc"
