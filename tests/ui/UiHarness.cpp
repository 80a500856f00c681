#include "UiHarness.h"

#include "ErrorBanner.h"
#include "GrantViewHost.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"

#include "EventLoopWait.h"

#include "config/AppSettings.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <memory>
#include <optional>

namespace {
QString jsString(const QString &text)
{
    // A JSON string is a valid JavaScript string literal.
    const QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}
} // namespace

bool UiHarness::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return EventLoopWait::until(condition, timeoutMs);
}

UiHarness::UiHarness() = default;

UiHarness::~UiHarness()
{
    closeWindow();
    m_sandbox.stop();
}

bool UiHarness::fail(const QString &why)
{
    m_failure = why;
    return false;
}

bool UiHarness::startSandbox(const QStringList &arguments)
{
    if (!m_sandbox.start(arguments))
        return fail(m_sandbox.errorString());
    return true;
}

bool UiHarness::restartSandboxOnSamePort()
{
    const QString port = QString::number(m_sandbox.port());
    // The last --port wins (QCommandLineParser), so this reuses the address the app knows.
    return startSandbox({ QStringLiteral("--port"), port });
}

bool UiHarness::resetSandboxAndMachine()
{
    if (!m_sandbox.reset())
        return fail(QStringLiteral("the sandbox did not reset"));
    return newMachine();
}

bool UiHarness::newMachine(const QVariantMap &systemSettings, const QVariantMap &userFile)
{
    closeWindow();
    m_settings.reset();
    m_machine = std::make_unique<QTemporaryDir>();
    if (!m_machine->isValid())
        return fail(QStringLiteral("no temporary directory"));
    QDir(m_machine->path()).mkpath(QStringLiteral("data"));
    {
        QSettings system(m_machine->filePath(QStringLiteral("system.ini")), QSettings::IniFormat);
        for (auto it = systemSettings.cbegin(); it != systemSettings.cend(); ++it)
            system.setValue(it.key(), it.value());
    }
    m_settings = std::make_unique<AppSettings>(m_machine->filePath(QStringLiteral("user.ini")),
                                               m_machine->filePath(QStringLiteral("system.ini")));
    using Key = AppSettings::Key;
    m_settings->setValue(Key::environment, QStringLiteral("local"));
    m_settings->setValue(Key::baseUrl, m_sandbox.baseUrl().toString());
    m_settings->setValue(Key::clientId, QStringLiteral("pkb-link-local"));
    m_settings->setValue(Key::language, QStringLiteral("en-GB"));
    m_settings->setValue(Key::timeoutSeconds, 10);
    if (!userFile.isEmpty()) {
        {
            QSettings user(m_machine->filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
            for (auto it = userFile.cbegin(); it != userFile.cend(); ++it)
                user.setValue(it.key(), it.value());
        }
        m_settings =
            std::make_unique<AppSettings>(m_machine->filePath(QStringLiteral("user.ini")),
                                          m_machine->filePath(QStringLiteral("system.ini")));
    }
    return true;
}

QString UiHarness::dataDirectory() const
{
    return m_machine ? m_machine->filePath(QStringLiteral("data")) : QString();
}

MainWindow *UiHarness::openWindow()
{
    closeWindow();
    // As main() builds them: the language, the core, the window on the core.
    m_language = std::make_unique<LanguageSwitcher>();
    m_language->setLanguage(m_settings->language());
    m_core = std::make_unique<AppCore>(m_settings.get(), dataDirectory());
    m_window = new MainWindow(m_core.get(), m_language.get());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        fail(QStringLiteral("the main window was not exposed"));
    // Shortcuts and mnemonics only reach an active window.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window, 5000))
        fail(QStringLiteral("the main window did not become active"));
    return m_window;
}

void UiHarness::closeWindow()
{
    if (m_window) {
        m_window->close();
        delete m_window.data();
    }
    m_core.reset();
    m_language.reset();
    // Let deleteLater'd sessions and WebEngine pages go before the next window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void UiHarness::closeWindowInEnglish()
{
    closeWindow();
    LanguageSwitcher english;
    english.setLanguage(QStringLiteral("en-GB"));
}

QString UiHarness::currentPage() const
{
    auto *stack = find<QStackedWidget>(QStringLiteral("pages"));
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

bool UiHarness::waitForPage(const QString &objectName, int timeoutMs) const
{
    return waitUntil([&] { return currentPage() == objectName; }, timeoutMs);
}

bool UiHarness::isBannerShown() const
{
    auto *banner = find<ErrorBanner>(QStringLiteral("errorBanner"));
    return banner && banner->isVisible();
}

QString UiHarness::bannerText() const
{
    auto *text = find<QLabel>(QStringLiteral("errorText"));
    return text && isBannerShown() ? text->text() : QString();
}

bool UiHarness::clickButton(const QString &objectName)
{
    auto *button = find<QAbstractButton>(objectName);
    if (!button)
        return fail(QStringLiteral("no button %1").arg(objectName));
    if (!button->isVisible() || !button->isEnabled())
        return fail(QStringLiteral("button %1 is hidden or disabled").arg(objectName));
    button->click();
    return true;
}

bool UiHarness::triggerAction(const QString &objectName)
{
    auto *action = find<QAction>(objectName);
    if (!action)
        return fail(QStringLiteral("no action %1").arg(objectName));
    if (!action->isEnabled())
        return fail(QStringLiteral("action %1 is disabled").arg(objectName));
    action->trigger();
    return true;
}

bool UiHarness::createAccount(const QString &userName, const QString &displayName,
                              const QString &password)
{
    if (currentPage() == QLatin1String("welcomePage")
        && !clickButton(QStringLiteral("createAccountButton")))
        return false;
    if (!waitForPage(QStringLiteral("createAccountPage")))
        return fail(QStringLiteral("not on the create account page but %1").arg(currentPage()));
    const QList<std::pair<const char *, QString>> fields = {
        { "newUserNameEdit", userName },
        { "newDisplayNameEdit", displayName },
        { "newPasswordEdit", password },
        { "newPasswordConfirmEdit", password },
    };
    for (const auto &[name, value] : fields) {
        auto *edit = find<QLineEdit>(QString::fromLatin1(name));
        if (!edit)
            return fail(QStringLiteral("no field %1").arg(QLatin1String(name)));
        edit->clear();
        QTest::keyClicks(edit, value);
    }
    if (!clickButton(QStringLiteral("createAccountSubmit")))
        return false;
    if (!waitUntil([&] { return currentPage() != QLatin1String("createAccountPage"); }, 20000))
        return fail(QStringLiteral("account not created: %1")
                        .arg(find<QLabel>(QStringLiteral("createAccountError"))->text()));
    return true;
}

bool UiHarness::signIn(const QString &userName, const QString &password)
{
    if (currentPage() == QLatin1String("welcomePage")
        && !clickButton(QStringLiteral("signInButton")))
        return false;
    if (!waitForPage(QStringLiteral("signInPage")))
        return fail(QStringLiteral("not on the sign-in page but %1").arg(currentPage()));
    auto *name = find<QLineEdit>(QStringLiteral("userNameEdit"));
    auto *secret = find<QLineEdit>(QStringLiteral("passwordEdit"));
    name->clear();
    secret->clear();
    QTest::keyClicks(name, userName);
    QTest::keyClicks(secret, password);
    if (!clickButton(QStringLiteral("signInSubmit")))
        return false;
    if (!waitUntil([&] { return currentPage() != QLatin1String("signInPage"); }, 20000))
        return fail(QStringLiteral("not signed in: %1")
                        .arg(find<QLabel>(QStringLiteral("signInError"))->text()));
    return true;
}

QWebEnginePage *UiHarness::grantPage() const
{
    auto *view = find<GrantViewHost>(QStringLiteral("grantViewHost"));
    return view ? qobject_cast<QWebEnginePage *>(view->page()) : nullptr;
}

QVariant UiHarness::runJavaScript(const QString &script, int timeoutMs) const
{
    QPointer<QWebEnginePage> page = grantPage();
    if (!page)
        return {};
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    if (!waitUntil([&] { return result->has_value() || !page; }, timeoutMs))
        return {};
    return result->value_or(QVariant());
}

bool UiHarness::waitForElement(const QString &elementId, int timeoutMs) const
{
    const QString script = QStringLiteral("!!document.getElementById(%1)").arg(jsString(elementId));
    return waitUntil([&] { return runJavaScript(script, 1000).toBool(); }, timeoutMs);
}

bool UiHarness::loginOnGrantPage(const QString &username, const QString &password)
{
    if (!waitForPage(QStringLiteral("grantPage")))
        return fail(QStringLiteral("not on the grant page but %1").arg(currentPage()));
    if (!waitForElement(QStringLiteral("login-form")))
        return fail(QStringLiteral("PKB's login form did not appear"));
    const QString script =
        QStringLiteral("(function(){document.getElementById('username').value=%1;"
                       "document.getElementById('password').value=%2;"
                       "document.getElementById('login').click();return true;})()")
            .arg(jsString(username), jsString(password));
    if (!runJavaScript(script).toBool())
        return fail(QStringLiteral("could not submit PKB's login form"));
    return true;
}

bool UiHarness::decideOnGrantPage(bool allow)
{
    const QString button = allow ? QStringLiteral("allow") : QStringLiteral("deny");
    if (!waitForElement(button))
        return fail(QStringLiteral("PKB's grant page did not appear"));
    if (!runJavaScript(QStringLiteral("(function(){document.getElementById(%1).click();"
                                      "return true;})()")
                           .arg(jsString(button)))
             .toBool())
        return fail(QStringLiteral("could not press %1").arg(button));
    return true;
}

bool UiHarness::connectAndGrant(const QString &username, const QString &password)
{
    if (!waitForPage(QStringLiteral("homePage")))
        return fail(QStringLiteral("not on the home page but %1").arg(currentPage()));
    if (!clickButton(QStringLiteral("connectButton")))
        return false;
    return grantOnPkbPages(username, password);
}

bool UiHarness::grantOnPkbPages(const QString &username, const QString &password)
{
    if (!loginOnGrantPage(username, password) || !decideOnGrantPage(true))
        return false;
    if (!waitForPage(QStringLiteral("detailsPage")))
        return fail(QStringLiteral("details not shown; page %1, banner \"%2\"")
                        .arg(currentPage(), bannerText()));
    return true;
}

bool UiHarness::createAccountAndConnect()
{
    if (!createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword))
        return false;
    if (!waitForPage(QStringLiteral("homePage")))
        return fail(QStringLiteral("not on the home page but %1").arg(currentPage()));
    if (!clickButton(QStringLiteral("connectButton")))
        return false;
    if (!waitForPage(QStringLiteral("grantPage")))
        return fail(QStringLiteral("not on the grant page but %1").arg(currentPage()));
    return true;
}

bool UiHarness::linkAlice(const QString &userName, const QString &displayName)
{
    openWindow();
    return createAccount(userName, displayName, kPassword)
        && connectAndGrant(kAlice, kAlicePassword);
}

bool UiHarness::screenshotIfAsked(const QString &name) const
{
    const QString dir = qEnvironmentVariable("PKBLINK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !m_window)
        return true;
    wait(300);
    return m_window->grab().save(dir + QStringLiteral("/") + name + QStringLiteral(".png"));
}

void UiHarness::saveScreenshot(QWidget *window, const QString &name)
{
    QDir().mkpath(QStringLiteral("screenshots"));
    window->grab().save(QStringLiteral("screenshots/%1.png").arg(name));
}

QStringList UiHarness::allLabelTexts() const
{
    QStringList texts;
    if (!m_window)
        return texts;
    const auto labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->text().isEmpty())
            texts << label->text();
        if (!label->accessibleName().isEmpty())
            texts << label->accessibleName();
    }
    return texts;
}

QStringList UiHarness::visibleTexts() const
{
    QStringList texts;
    if (!m_window)
        return texts;
    const auto labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    }
    return texts;
}

QStringList UiHarness::keychainEntriesFor(const QString &appUserId)
{
    // QtKeychain (libsecret) stores the service as "server" and the key as "user". Only the
    // attribute lines are kept: secret-tool also prints the secret, which must not reach a log.
    QStringList entries;
    for (const QString &attribute : { QStringLiteral("server"), QStringLiteral("service") }) {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   { QStringLiteral("search"), QStringLiteral("--all"), attribute,
                     QStringLiteral("PKB Link") });
        if (!tool.waitForFinished(10000))
            continue;
        const QString output = QString::fromUtf8(tool.readAllStandardOutput())
            + QString::fromUtf8(tool.readAllStandardError());
        const QStringList lines = output.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("attribute.")) && line.contains(appUserId)
                && !entries.contains(line.trimmed()))
                entries << line.trimmed();
        }
    }
    return entries;
}
