#include "grant/GrantViewPlugin.h"

#include "grant/GrantAccessView.h"
#include "grant/RedirectScheme.h"

#include <QList>
#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <string_view>

static_assert(std::string_view(PKBLINK_GRANTVIEW_IID) == "org.pkblink.GrantViewModule/1",
              "Q_PLUGIN_METADATA must carry the interface's IID");

namespace {
class GrantAccessViewBackend final : public GrantViewBackend
{
public:
    GrantAccessViewBackend(QWidget *parent, GrantViewCallbacks callbacks)
        : m_view(new GrantAccessView(parent))
        , m_callbacks(std::move(callbacks))
    {
        m_connections = {
            QObject::connect(m_view, &GrantAccessView::redirectCaptured, m_view,
                             [this](const QUrl &url) { m_callbacks.redirectCaptured(url); }),
            QObject::connect(m_view, &GrantAccessView::cancelled, m_view,
                             [this] { m_callbacks.cancelled(); }),
            QObject::connect(m_view, &GrantAccessView::failed, m_view,
                             [this](const AppError &error) { m_callbacks.failed(error); }),
            QObject::connect(m_view, &GrantAccessView::externalLinkRequested, m_view,
                             [this](const QUrl &url) { m_callbacks.externalLinkRequested(url); }),
        };
    }
    ~GrantAccessViewBackend() override
    {
        for (const QMetaObject::Connection &connection : std::as_const(m_connections))
            QObject::disconnect(connection);
    }

    QWidget *widget() const override { return m_view; }
    void start(const QUrl &authorizeUrl, const EnvironmentConfig &environment,
               const QUrl &redirectUri, const QString &acceptLanguage) override
    {
        if (m_view)
            m_view->start(authorizeUrl, environment, redirectUri, acceptLanguage);
    }
    void cancel() override
    {
        if (m_view)
            m_view->cancel();
    }
    void clear() override
    {
        if (m_view)
            m_view->clear();
    }
    bool isActive() const override { return m_view && m_view->isActive(); }
    QString refusalMessage() const override
    {
        return m_view ? m_view->refusalMessage() : QString();
    }
    QObject *page() const override { return m_view ? m_view->page() : nullptr; }
    QObject *profile() const override { return m_view ? m_view->profile() : nullptr; }

private:
    QPointer<GrantAccessView> m_view;
    GrantViewCallbacks m_callbacks;
    QList<QMetaObject::Connection> m_connections;
};
} // namespace

std::unique_ptr<GrantViewBackend> GrantViewPlugin::createView(QWidget *parent,
                                                              GrantViewCallbacks callbacks)
{
    return std::make_unique<GrantAccessViewBackend>(parent, std::move(callbacks));
}

bool GrantViewPlugin::registerRedirectScheme(const QUrl &redirectUri)
{
    return RedirectScheme::registerScheme(redirectUri);
}
