// Signing out wipes the session: nothing of patient A is on screen, on the clipboard, in PKB's
// web session or in any file of the app's data folder or home; patient B starts from PKB's
// login page.
#include "UiHarness.h"

#include "GrantViewHost.h"

#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>

namespace {
// What must not survive patient A's session (seeded patient alice.patient).
const QList<QByteArray> kAliceData = { "Alice", "Smith", "9991566171", "999 156 6171",
                                       "alice.smith@example.org" };

// Every file under root whose bytes contain one of needles: "path: needle".
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            // UTF-8 and UTF-16 (Chromium and SQLite may use either).
            const QString text = QString::fromLatin1(needle);
            const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            if (bytes.contains(needle) || bytes.contains(utf16))
                hits << path + QStringLiteral(": ") + text;
        }
    }
    return hits;
}
} // namespace

class TestUiSignOut : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    QStringList aliceOnScreen() const
    {
        QStringList found;
        QStringList texts = h.allLabelTexts();
        const auto edits = h.window()->findChildren<QLineEdit *>();
        for (const QLineEdit *edit : edits)
            texts << edit->text();
        texts << h.window()->windowTitle();
        for (const QString &text : texts) {
            for (const QByteArray &needle : kAliceData) {
                if (text.contains(QString::fromLatin1(needle)))
                    found << text;
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }

    void init()
    {
        QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure()));
        QGuiApplication::clipboard()->clear();
    }

    void cleanup() { h.closeWindow(); }

    void signOutWipesSessionAndNextPatientStartsAtLogin()
    {
        QVERIFY2(h.linkAlice(QStringLiteral("pat.a"), QStringLiteral("Pat A")),
                 qPrintable(h.lastFailure()));
        QVERIFY(!aliceOnScreen().isEmpty()); // the check can see A's data when it is there
        QVERIFY(h.clickButton(QStringLiteral("copyNhsButton")));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("9991566171"));

        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        QVERIFY(!h.window()->core()->session());
        const QStringList onScreen = aliceOnScreen();
        QVERIFY2(onScreen.isEmpty(), qPrintable(onScreen.join(QStringLiteral(" | "))));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        auto *view = h.find<GrantViewHost>(QStringLiteral("grantViewHost"));
        QVERIFY(!view->isActive());
        QVERIFY(!view->profile());

        // Patient B, same window: PKB asks who they are (no session of A in the web view).
        QVERIFY2(h.createAccount(QStringLiteral("pat.b"), QStringLiteral("Pat B"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY2(h.waitForElement(QStringLiteral("login-form")), "PKB's login page not shown");
        QVERIFY(!h.runJavaScript(QStringLiteral("!!document.getElementById('allow')")).toBool());
        // Nothing filled in from A's visit (the page lists the sandbox's test patients, so
        // their names are on it anyway).
        QCOMPARE(
            h.runJavaScript(QStringLiteral("document.getElementById('username').value")).toString(),
            QString());

        QStringList inFiles = filesContaining(h.dataDirectory() + QStringLiteral("/.."), kAliceData)
            + filesContaining(QDir::homePath(), kAliceData);
        QVERIFY2(inFiles.isEmpty(), qPrintable(inFiles.join(QLatin1Char('\n'))));
        h.closeWindow();
        inFiles = filesContaining(h.dataDirectory() + QStringLiteral("/.."), kAliceData)
            + filesContaining(QDir::homePath(), kAliceData);
        QVERIFY2(inFiles.isEmpty(), qPrintable(inFiles.join(QLatin1Char('\n'))));
    }

    void fileCheckFindsPlantedData()
    {
        // The check above can fail: data written anywhere under the folders is found.
        QDir(h.dataDirectory()).mkpath(QStringLiteral("deep/er"));
        QFile planted(h.dataDirectory() + QStringLiteral("/deep/er/leak.bin"));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(QByteArray("xx")
                      + QByteArray(reinterpret_cast<const char *>(u"9991566171"), 20));
        planted.close();
        QCOMPARE(filesContaining(h.dataDirectory(), kAliceData).size(), 1);
        QVERIFY(planted.remove());
    }

    void signOutLeavesClipboardTheUserChanged()
    {
        QVERIFY2(h.linkAlice(QStringLiteral("pat.a"), QStringLiteral("Pat A")),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.clickButton(QStringLiteral("copyNhsButton")));
        QGuiApplication::clipboard()->setText(QStringLiteral("something of the patient's own"));
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("something of the patient's own"));
        QGuiApplication::clipboard()->clear();
    }
};

// A home of its own, so the file check sees everything the app and Qt WebEngine write there.
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toLocal8Bit());
    for (const char *name : { "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME" })
        qunsetenv(name);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestUiSignOut tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_ui_signout.moc"
