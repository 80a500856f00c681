#pragma once

#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

// Installed on each grant profile for a custom redirect scheme. Nothing under that scheme ever
// loads: every request fails at once and its URL is reported so the page can capture it (belt
// and braces: GrantPage::acceptNavigationRequest normally catches the navigation first).
class RedirectSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    explicit RedirectSchemeHandler(QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

Q_SIGNALS:
    void redirectRequested(const QUrl &url);
};
