#include "GrantTestSupport.h"

#include "grant/RedirectScheme.h"

#include <QMutex>
#include <QPointer>
#include <QWebEnginePage>

#include <memory>

#include <unistd.h>

namespace GrantTestSupport {

void prepareProcess()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Chromium refuses to run its sandbox as root (CI); only the tests turn it off.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    RedirectScheme::registerScheme(QUrl(QStringLiteral("pkblink://oauth/callback")));
}

EnvironmentConfig localEnvironment(const QUrl &baseUrl)
{
    EnvironmentConfig environment = EnvironmentConfig::preset(QStringLiteral("local"), baseUrl);
    environment.clientId = QStringLiteral("pkb-link-local");
    // PKB's origin only, so another loopback server stands for "any other site".
    environment.signInOrigins = {};
    return environment;
}

EnvironmentConfig customEnvironment(const QUrl &baseUrl)
{
    EnvironmentConfig environment = EnvironmentConfig::preset(QStringLiteral("custom"), baseUrl);
    environment.clientId = QStringLiteral("pkb-link-local");
    return environment;
}

QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs)
{
    if (!page)
        return {};
    struct Outcome
    {
        bool done = false;
        QVariant value;
    };
    auto outcome = std::make_shared<Outcome>();
    page->runJavaScript(script, [outcome](const QVariant &value) {
        outcome->value = value;
        outcome->done = true;
    });
    QPointer<QWebEnginePage> guard(page);
    if (!EventLoopWait::until([&] { return outcome->done || guard.isNull(); }, timeoutMs))
        return {};
    return outcome->value;
}

bool waitForElement(QWebEnginePage *page, const QString &selector, int timeoutMs)
{
    QPointer<QWebEnginePage> guard(page);
    const QString script = QStringLiteral("document.querySelector('%1') !== null").arg(selector);
    QDeadlineTimer deadline(timeoutMs);
    return EventLoopWait::until(
        [&] {
            return guard
                && evaluate(guard, script, int(qMax<qint64>(1, deadline.remainingTime()))).toBool();
        },
        timeoutMs);
}

namespace {
QMutex recorderMutex;
QStringList recorded;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&recorderMutex);
        recorded.append(QString::fromLatin1(context.category ? context.category : "")
                        + QLatin1Char(' ') + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

MessageRecorder::MessageRecorder()
{
    QMutexLocker lock(&recorderMutex);
    recorded.clear();
    previousHandler = qInstallMessageHandler(recordMessage);
}

MessageRecorder::~MessageRecorder()
{
    qInstallMessageHandler(previousHandler);
    QMutexLocker lock(&recorderMutex);
    previousHandler = nullptr;
}

QStringList MessageRecorder::messages() const
{
    QMutexLocker lock(&recorderMutex);
    return recorded;
}

bool MessageRecorder::contains(const QString &text) const
{
    const QStringList all = messages();
    for (const QString &message : all) {
        if (message.contains(text))
            return true;
    }
    return false;
}

} // namespace GrantTestSupport
