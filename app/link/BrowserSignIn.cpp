#include "link/BrowserSignIn.h"

#include "auth/LoopbackRedirectListener.h"
#include "core/LogCategories.h"
#include "link/LinkAttempt.h"
#include "link/PatientSession.h"

#include <QCoreApplication>

BrowserSignIn *BrowserSignIn::begin(PatientSession *session, const QUrl &configuredRedirect,
                                    int timeoutMs, Opener opener, AppError *error)
{
    auto *listener = new LoopbackRedirectListener;
    if (const Status listening = listener->listen(configuredRedirect); !listening.ok()) {
        *error = listening.error();
        delete listener;
        return nullptr;
    }
    LinkAttempt *attempt = session->beginLink(listener->redirectUri());
    if (!attempt) {
        *error = session->lastError();
        delete listener;
        return nullptr;
    }
    return new BrowserSignIn(attempt, listener, timeoutMs, std::move(opener));
}

BrowserSignIn::BrowserSignIn(LinkAttempt *attempt, LoopbackRedirectListener *listener,
                             int timeoutMs, Opener opener)
    : QObject(attempt)
    , m_attempt(attempt)
    , m_listener(listener)
    , m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("browserSignIn"));
    listener->setParent(this);
    listener->setRedirectCheck(
        [attempt](const QUrl &redirect) { return attempt->answersRequest(redirect); });
    connect(listener, &LoopbackRedirectListener::redirectReceived, this,
            [this](const QUrl &redirect) {
                m_timeout.stop();
                m_attempt->complete(redirect);
            });
    connect(attempt, &LinkAttempt::finished, this, [this] {
        m_timeout.stop();
        m_listener->stop();
    });
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &BrowserSignIn::onTimeout);
}

LinkAttempt *BrowserSignIn::attempt() const
{
    return m_attempt;
}

QUrl BrowserSignIn::redirectUri() const
{
    return m_listener->redirectUri();
}

bool BrowserSignIn::isListening() const
{
    return m_listener->isListening();
}

void BrowserSignIn::openBrowser()
{
    if (m_attempt->stage() != LinkAttempt::Stage::WaitingForGrant)
        return;
    if (!m_timeout.isActive())
        m_timeout.start();
    const QUrl url = m_attempt->authorizeUrl();
    if (url.isEmpty() || !m_opener || !m_opener(url)) {
        qCWarning(lcLink) << "browser sign-in: the web browser could not be opened";
        m_attempt->abandon(AppError::make(
            AppError::Kind::Configuration,
            QCoreApplication::translate("BrowserSignIn",
                                        "PKB Link could not open your web browser. Sign in "
                                        "inside PKB Link instead, or ask your administrator "
                                        "to set up a web browser on this computer."),
            QStringLiteral("browser sign-in: opening the browser failed")));
        return;
    }
    qCInfo(lcLink) << "browser sign-in: PKB's page handed to the web browser";
}

void BrowserSignIn::cancel()
{
    m_attempt->abandon(AppError::make(
        AppError::Kind::Cancelled,
        QCoreApplication::translate("BrowserSignIn", "You cancelled connecting to PKB."),
        QStringLiteral("browser sign-in cancelled by the user")));
}

void BrowserSignIn::onTimeout()
{
    qCInfo(lcLink) << "browser sign-in: no answer from the browser in time";
    m_attempt->abandon(AppError::make(
        AppError::Kind::Network,
        QCoreApplication::translate("BrowserSignIn",
                                    "PKB Link did not hear back from your web browser in time. "
                                    "Press Retry to start signing in again."),
        QStringLiteral("browser sign-in timed out"), true));
}
