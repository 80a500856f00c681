// The grant view module (the part linking Qt WebEngine) cannot be loaded: missing from its
// folder, a file there that is not a plugin, or a module of another interface version. Connecting
// then tells the patient what to do, nothing crashes or stays half-done, and Retry works once the
// module is back.
#include "UiHarness.h"

#include "GrantModuleLoader.h"
#include "GrantViewHost.h"

#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

namespace {
const QString kModuleMissing = QStringLiteral(
    "The part of PKB Link that shows PKB's pages is missing or from another version. "
    "Reinstall PKB Link.");
}

class TestUiGrantModule : public QObject
{
    Q_OBJECT
private:
    UiHarness h;
    QByteArray m_moduleDir;
    QTemporaryDir m_empty;
    QTemporaryDir m_bogus;

    PatientSession *session() { return h.window()->core()->session(); }

    bool retryVisible()
    {
        auto *retry = h.find<QPushButton>(QStringLiteral("retryButton"));
        return retry && retry->isVisible();
    }

    void verifyExplainedAndNotLinked()
    {
        UI_TRY_VERIFY(h.isBannerShown());
        QVERIFY2(h.bannerText().contains(kModuleMissing), qPrintable(h.bannerText()));
        QVERIFY(retryVisible());
        QCOMPARE(h.currentPage(), QStringLiteral("homePage"));
        QCOMPARE(session()->linkState(), SessionLinkState::NotLinked);
        QVERIFY(!h.find<GrantViewHost>(QStringLiteral("grantViewHost"))->isActive());
        QVERIFY(!h.grantPage());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_moduleDir = qgetenv("PKBLINK_GRANT_MODULE_DIR");
        QVERIFY2(!m_moduleDir.isEmpty(), "the suite runs with PKBLINK_GRANT_MODULE_DIR set");
        QVERIFY(m_empty.isValid() && m_bogus.isValid());
        QFile bogus(m_bogus.filePath(QStringLiteral("pkblink_grantview.so")));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("not a plugin\n");
        bogus.close();
        QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure()));
        QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure()));
    }

    void cleanupTestCase()
    {
        h.closeWindow();
        qputenv("PKBLINK_GRANT_MODULE_DIR", m_moduleDir);
    }

    void missingThenBogusThenOlderThenBack()
    {
        qputenv("PKBLINK_GRANT_MODULE_DIR", QFile::encodeName(m_empty.path()));
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        verifyExplainedAndNotLinked();
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/apiToken.action")), 0);
        QVERIFY(h.screenshotIfAsked(QStringLiteral("grant-module-missing")));

        // A file that is not a plugin: the same explanation, Retry still offered.
        qputenv("PKBLINK_GRANT_MODULE_DIR", QFile::encodeName(m_bogus.path()));
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        UiHarness::wait(200);
        verifyExplainedAndNotLinked();

        // A real plugin of an older interface version: refused before it is used.
        qputenv("PKBLINK_GRANT_MODULE_DIR", PKBLINK_OLD_GRANT_MODULE_DIR);
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        UiHarness::wait(200);
        verifyExplainedAndNotLinked();
        QVERIFY2(GrantModuleLoader::errorDetail().contains(QLatin1String("GrantViewModule/0")),
                 qPrintable(GrantModuleLoader::errorDetail()));

        // Everything else still works: the module back, Retry links.
        qputenv("PKBLINK_GRANT_MODULE_DIR", m_moduleDir);
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY2(h.grantOnPkbPages(), qPrintable(h.lastFailure()));
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
        QVERIFY(!h.isBannerShown());
    }
};

PKBLINK_UI_TEST_MAIN(TestUiGrantModule)
#include "tst_ui_grantmodule.moc"
