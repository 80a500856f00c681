#pragma once

#include "core/AppError.h"

#include <QUrl>
#include <QWidget>

#include <memory>

struct EnvironmentConfig;
class GrantViewBackend;
class QVBoxLayout;

// Where PKB's sign-in and grant pages appear in the main window. The view itself lives in the
// grant view module, loaded on the first start() (see GrantModuleLoader); until then, and
// when it cannot be loaded, nothing of Qt WebEngine is in the process. Same contract as the
// module's view: each attempt ends with exactly one of redirectCaptured, cancelled or failed
// (a module that cannot be loaded is a failure), except after clear().
class GrantViewHost : public QWidget
{
    Q_OBJECT
public:
    explicit GrantViewHost(QWidget *parent = nullptr);
    ~GrantViewHost() override;

    void start(const QUrl &authorizeUrl, const EnvironmentConfig &environment,
               const QUrl &redirectUri, const QString &acceptLanguage);
    void cancel();
    void clear();

    bool isActive() const;
    QString refusalMessage() const;
    // The current attempt's QWebEnginePage and QWebEngineProfile (null when idle or not
    // loaded): for tests, which cast them.
    QObject *page() const;
    QObject *profile() const;

Q_SIGNALS:
    void redirectCaptured(const QUrl &url);
    void cancelled();
    void failed(const AppError &error);
    void externalLinkRequested(const QUrl &url);

private:
    bool ensureView();

    QVBoxLayout *m_layout = nullptr;
    std::unique_ptr<GrantViewBackend> m_view;
    quint64 m_failedStarts = 0;
};
