#include "GrantViewHost.h"

#include "GrantModuleLoader.h"
#include "GrantViewInterface.h"

#include <QTimer>
#include <QVBoxLayout>

GrantViewHost::GrantViewHost(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("grantViewHost"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

// The backend goes first: its view (a child) must not call back into a half-destroyed host.
GrantViewHost::~GrantViewHost()
{
    m_view.reset();
}

bool GrantViewHost::ensureView()
{
    if (m_view)
        return true;
    GrantViewModule *module = GrantModuleLoader::module();
    if (!module)
        return false;
    GrantViewCallbacks callbacks;
    callbacks.redirectCaptured = [this](const QUrl &url) {
        Q_EMIT redirectCaptured(url);
    };
    callbacks.cancelled = [this] {
        Q_EMIT cancelled();
    };
    callbacks.failed = [this](const AppError &error) {
        Q_EMIT failed(error);
    };
    callbacks.externalLinkRequested = [this](const QUrl &url) {
        Q_EMIT externalLinkRequested(url);
    };
    m_view = module->createView(this, std::move(callbacks));
    m_layout->addWidget(m_view->widget());
    return true;
}

void GrantViewHost::start(const QUrl &authorizeUrl, const EnvironmentConfig &environment,
                          const QUrl &redirectUri, const QString &acceptLanguage)
{
    if (ensureView()) {
        m_view->start(authorizeUrl, environment, redirectUri, acceptLanguage);
        return;
    }
    // Not found (Retry is offered: it helps once PKB Link is reinstalled). From the event loop,
    // as the view's own failures are; a clear() meanwhile drops it.
    const quint64 attempt = ++m_failedStarts;
    const AppError error =
        AppError::make(AppError::Kind::NotFound, GrantModuleLoader::userMessage(),
                       GrantModuleLoader::errorDetail(), true);
    QTimer::singleShot(0, this, [this, attempt, error] {
        if (attempt == m_failedStarts)
            Q_EMIT failed(error);
    });
}

void GrantViewHost::cancel()
{
    if (m_view)
        m_view->cancel();
}

void GrantViewHost::clear()
{
    ++m_failedStarts;
    if (m_view)
        m_view->clear();
}

bool GrantViewHost::isActive() const
{
    return m_view && m_view->isActive();
}

QString GrantViewHost::refusalMessage() const
{
    return m_view ? m_view->refusalMessage() : QString();
}

QObject *GrantViewHost::page() const
{
    return m_view ? m_view->page() : nullptr;
}

QObject *GrantViewHost::profile() const
{
    return m_view ? m_view->profile() : nullptr;
}
