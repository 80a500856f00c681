#pragma once

#include "core/AppError.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class AlertLabel;
struct EnvironmentConfig;
class GrantHeaderBar;
class GrantPage;
class QVBoxLayout;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;
class RedirectSchemeHandler;

// Shows PKB's sign-in and grant pages inside the main window and hands back the redirect to the
// registered redirect URI without it ever reaching the network. One attempt at a time; each
// attempt runs in a fresh off-the-record profile that is destroyed when the attempt ends, so no
// cookie, cache or storage of one patient's PKB session reaches the next attempt.
//
// Each attempt ends with exactly one of redirectCaptured, cancelled or failed, except when
// start() replaces it or clear() wipes it (no signal then). All signals are emitted from the
// event loop, never from inside a WebEngine callback, so receivers may call start() or clear().
class AlertLabel;

class GrantAccessView : public QWidget
{
    Q_OBJECT
public:
    explicit GrantAccessView(QWidget *parent = nullptr);
    ~GrantAccessView() override;

    // authorizeUrl must lie within the environment's PKB origin. acceptLanguage is sent as
    // Accept-Language (e.g. "en-GB,en;q=0.9"); empty keeps the default.
    void start(const QUrl &authorizeUrl, const EnvironmentConfig &environment,
               const QUrl &redirectUri, const QString &acceptLanguage);
    // Stops loading, tears the attempt down and emits cancelled(), once; no-op when idle.
    void cancel();
    // Sign-out: tears the attempt down at once, without a signal.
    void clear();

    bool isActive() const;
    // The explanation shown after a sign-in site was refused (empty when none is shown).
    QString refusalMessage() const;
    // The current attempt's page and profile (null when idle): for tests and UI automation.
    QWebEnginePage *page() const;
    QWebEngineProfile *profile() const;

Q_SIGNALS:
    // The full redirect URL (code/error and state in the query), for the caller to validate.
    void redirectCaptured(const QUrl &url);
    void cancelled();
    void failed(const AppError &error);
    // The patient followed a link to another site; ask before opening it in the system browser.
    void externalLinkRequested(const QUrl &url);

private:
    void tearDown();
    void finishWithRedirect(const QUrl &url);
    void finishWithFailure(const AppError &error);
    void explainRefusal(const QUrl &url);
    // Runs action from the event loop, unless the attempt it belongs to has ended meanwhile.
    void later(std::function<void()> action);
    void showRefusedDialog(int kind, const QString &text);

    GrantHeaderBar *m_header = nullptr;
    // Says what the page asked for that the grant view does not do (dialogs, files).
    AlertLabel *m_notice = nullptr;
    AlertLabel *m_refusalNotice = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QWidget *m_placeholder = nullptr;
    QPointer<QWebEngineView> m_webView;
    QPointer<GrantPage> m_page;
    QPointer<QWebEngineProfile> m_profile;
    QPointer<RedirectSchemeHandler> m_schemeHandler;
    quint64 m_attempt = 0;
    bool m_firstPageLoaded = false;
};
