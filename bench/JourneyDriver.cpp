#include "JourneyDriver.h"

#include "MainWindow.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#ifdef PKBLINK_BENCH_GRANT_PAGES
#include <QWebEnginePage>
#include <QWebEngineView>
#endif

namespace {
QString jsString(const QString &text)
{
    // A JSON string is a valid JavaScript string literal.
    const QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

const QString kBenchAccountName = QStringLiteral("bench");
const QString kBenchAccountPassword = QStringLiteral("Bench-journey-password-1");
} // namespace

JourneyDriver::JourneyDriver(MainWindow *window, const QString &pkbUserName,
                             const QString &pkbPassword, const QString &expectedNhsNumber,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_userName(pkbUserName)
    , m_password(pkbPassword)
    , m_expectedNhsNumber(expectedNhsNumber)
{ }

template<typename T> T *JourneyDriver::find(const QString &objectName) const
{
    return m_window ? m_window->findChild<T *>(objectName) : nullptr;
}

void JourneyDriver::start(int timeoutMs)
{
    QTimer::singleShot(timeoutMs, this, [this] { fail(QStringLiteral("timed out")); });
    m_step = Step::CreatingAccount;
    waitUntil([this] { return currentPage() == QLatin1String("welcomePage"); },
              QStringLiteral("the welcome page"), [this] { createAccount(); });
}

void JourneyDriver::startSignIn(int timeoutMs)
{
    QTimer::singleShot(timeoutMs, this, [this] { fail(QStringLiteral("timed out")); });
    m_step = Step::SigningIn;
    m_signingIn = true;
    const auto onStartPage = [this] {
        const QString page = currentPage();
        return page == QLatin1String("welcomePage") || page == QLatin1String("signInPage");
    };
    waitUntil(onStartPage, QStringLiteral("the welcome page"), [this] {
        if (currentPage() == QLatin1String("welcomePage")) {
            auto *open = find<QAbstractButton>(QStringLiteral("signInButton"));
            if (!open)
                return fail(QStringLiteral("no signInButton"));
            open->click();
        }
        waitUntil([this] { return currentPage() == QLatin1String("signInPage"); },
                  QStringLiteral("the sign-in page"), [this] { signIn(); });
    });
}

void JourneyDriver::signIn()
{
    auto *name = find<QLineEdit>(QStringLiteral("userNameEdit"));
    auto *secret = find<QLineEdit>(QStringLiteral("passwordEdit"));
    auto *submit = find<QAbstractButton>(QStringLiteral("signInSubmit"));
    auto *stack = find<QStackedWidget>(QStringLiteral("pages"));
    if (!name || !secret || !submit || !stack)
        return fail(QStringLiteral("no sign-in form or page stack"));
    name->clear();
    secret->clear();
    QTest::keyClicks(name, kBenchAccountName);
    QTest::keyClicks(secret, kBenchAccountPassword);
    m_step = Step::WaitingForDetails;
    connect(stack, &QStackedWidget::currentChanged, this, &JourneyDriver::checkDetailsShown);
    m_stretch.start();
    submit->click();
    // Fails on an error banner or after 30 s; the poll catches details filled in after the page
    // change.
    waitUntil([this] { return m_step == Step::Done; }, QStringLiteral("the details page"), [] {});
    QTimer *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &JourneyDriver::checkDetailsShown);
    poll->start(5);
    checkDetailsShown();
}

void JourneyDriver::createAccount()
{
    auto *open = find<QAbstractButton>(QStringLiteral("createAccountButton"));
    if (!open)
        return fail(QStringLiteral("no createAccountButton"));
    open->click();
    const QList<std::pair<const char *, QString>> fields = {
        { "newUserNameEdit", kBenchAccountName },
        { "newDisplayNameEdit", QStringLiteral("Bench") },
        { "newPasswordEdit", kBenchAccountPassword },
        { "newPasswordConfirmEdit", kBenchAccountPassword },
    };
    for (const auto &[name, value] : fields) {
        auto *edit = find<QLineEdit>(QString::fromLatin1(name));
        if (!edit)
            return fail(QStringLiteral("no field %1").arg(QLatin1String(name)));
        QTest::keyClicks(edit, value);
    }
    auto *submit = find<QAbstractButton>(QStringLiteral("createAccountSubmit"));
    if (!submit)
        return fail(QStringLiteral("no createAccountSubmit"));
    submit->click();
    waitUntil(
        [this] {
            auto *connectButton = find<QAbstractButton>(QStringLiteral("connectButton"));
            return currentPage() == QLatin1String("homePage") && connectButton
                && connectButton->isVisible() && connectButton->isEnabled();
        },
        QStringLiteral("the home page after creating the account"), [this] { clickConnect(); });
}

void JourneyDriver::clickConnect()
{
    m_step = Step::LoadingLoginPage;
    auto *button = find<QAbstractButton>(QStringLiteral("connectButton"));
    m_stretch.start();
    button->click();
#ifdef PKBLINK_BENCH_GRANT_PAGES
    auto *view = find<QWebEngineView>(QStringLiteral("grantWebView"));
    m_page = view ? view->page() : nullptr;
    if (!m_page)
        return fail(QStringLiteral("no grantWebView page after Connect"));
    connect(m_page, &QWebEnginePage::loadFinished, this, &JourneyDriver::onLoadFinished);
#else
    fail(QStringLiteral("this binary does not drive PKB's pages (bench_journey does)"));
#endif
}

void JourneyDriver::onLoadFinished(bool ok)
{
    switch (m_step) {
    case Step::LoadingLoginPage:
        if (!ok)
            return fail(QStringLiteral("the sandbox login page did not load"));
        m_connectToGrantPageMs = double(m_stretch.nsecsElapsed()) / 1e6;
        submitLogin();
        break;
    case Step::LoadingGrantPage:
        if (!ok)
            return fail(QStringLiteral("the sandbox grant page did not load"));
        clickAllow();
        break;
    default:
        break; // e.g. the aborted navigation to the redirect URI
    }
}

void JourneyDriver::submitLogin()
{
    m_step = Step::LoadingGrantPage;
    const QString script =
        QStringLiteral("(function(){if(!document.getElementById('login-form'))return false;"
                       "document.getElementById('username').value=%1;"
                       "document.getElementById('password').value=%2;"
                       "document.getElementById('login').click();return true;})()")
            .arg(jsString(m_userName), jsString(m_password));
    runScript(script, [this](const QVariant &result) {
        if (!result.toBool())
            fail(QStringLiteral("the first page was not the sandbox login form"));
    });
}

void JourneyDriver::clickAllow()
{
    runScript(QStringLiteral("!!document.getElementById('allow')"), [this](const QVariant &found) {
        if (!found.toBool())
            return fail(QStringLiteral("no Allow button after logging in"));
        m_step = Step::WaitingForDetails;
        auto *stack = find<QStackedWidget>(QStringLiteral("pages"));
        if (!stack)
            return fail(QStringLiteral("no page stack"));
        connect(stack, &QStackedWidget::currentChanged, this, &JourneyDriver::checkDetailsShown);
        m_stretch.restart();
        runScript(QStringLiteral("document.getElementById('allow').click();true"),
                  [](const QVariant &) {});
        // Fails on an error banner or after 30 s; the poll catches details filled in after
        // the page change.
        waitUntil([this] { return m_step == Step::Done; }, QStringLiteral("the details page"),
                  [] {});
        QTimer *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, &JourneyDriver::checkDetailsShown);
        poll->start(5);
    });
}

void JourneyDriver::checkDetailsShown()
{
    if (m_step != Step::WaitingForDetails)
        return;
    const QString page = currentPage();
    if (page == QLatin1String("linkingPage") && m_allowToRedirectMs < 0)
        m_allowToRedirectMs = double(m_stretch.nsecsElapsed()) / 1e6;
    if (page != QLatin1String("detailsPage"))
        return;
    auto *number = find<QLabel>(QStringLiteral("detailsNhsNumber"));
    if (!number || !number->text().startsWith(m_expectedNhsNumber))
        return; // not filled yet
    const double ms = double(m_stretch.nsecsElapsed()) / 1e6;
    if (m_signingIn)
        m_signInToDetailsMs = ms;
    else
        m_allowToDetailsMs = ms;
    succeed();
}

void JourneyDriver::waitUntil(const std::function<bool()> &done, const QString &what,
                              const std::function<void()> &next, int timeoutMs)
{
    auto *timer = new QTimer(this);
    QElapsedTimer waited;
    waited.start();
    connect(timer, &QTimer::timeout, this, [this, timer, waited, done, what, next, timeoutMs] {
        if (m_step == Step::Done) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        auto *banner = find<QWidget>(QStringLiteral("errorBanner"));
        if (banner && banner->isVisible()) {
            timer->stop();
            timer->deleteLater();
            return fail(QStringLiteral("error shown while waiting for %1").arg(what));
        }
        if (done()) {
            timer->stop();
            timer->deleteLater();
            next();
        } else if (waited.elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            fail(QStringLiteral("waited too long for %1").arg(what));
        }
    });
    timer->start(5);
}

void JourneyDriver::runScript(const QString &script,
                              const std::function<void(const QVariant &)> &then)
{
#ifdef PKBLINK_BENCH_GRANT_PAGES
    if (!m_page)
        return fail(QStringLiteral("the grant page went away"));
    QPointer<JourneyDriver> guard(this);
    m_page->runJavaScript(script, [guard, then](const QVariant &result) {
        if (guard && guard->m_step != Step::Done)
            then(result);
    });
#else
    Q_UNUSED(script)
    Q_UNUSED(then)
    fail(QStringLiteral("this binary does not drive PKB's pages (bench_journey does)"));
#endif
}

QString JourneyDriver::currentPage() const
{
    auto *stack = find<QStackedWidget>(QStringLiteral("pages"));
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

QString JourneyDriver::situation() const
{
    // Page names and the banner's user message only: never patient data.
    QString text = QStringLiteral("page %1").arg(currentPage());
    auto *banner = find<QWidget>(QStringLiteral("errorBanner"));
    auto *message = find<QLabel>(QStringLiteral("errorText"));
    if (banner && banner->isVisible() && message)
        text += QStringLiteral(", banner \"%1\"").arg(message->text());
    return text;
}

void JourneyDriver::fail(const QString &why)
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    Q_EMIT finished(QStringLiteral("%1 (%2)").arg(why, situation()));
}

void JourneyDriver::succeed()
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    Q_EMIT finished(QString());
}
