#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

// Receives the authorization response of a sign-in in the patient's web browser (RFC 8252 7.3):
// a minimal HTTP/1.x server on 127.0.0.1 only, for exactly one redirect. A GET of the redirect
// path from a loopback peer, with our Host, whose query the owner's check accepts, is answered
// with the "done" page; the listener then stops listening at once and reports the URL. Anything
// else (another path or method, a foreign Host, a wrong state, a request after the redirect, an
// oversized or slow request) gets a short error page and changes nothing.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    // Request line and headers together; the query alone may be AuthorizationCallback's limit.
    static constexpr int MaxRequestBytes = 16 * 1024;
    static constexpr int DefaultClientTimeoutMs = 10000;

    // Whether a redirect belongs to the sign-in under way (its state); must not consume it.
    using RedirectCheck = std::function<bool(const QUrl &redirect)>;

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Listens on 127.0.0.1 at configured's port; no port or port 0 takes a free one.
    // configured must be http://127.0.0.1[:port]/path without query, fragment or user info.
    Status listen(const QUrl &configured);
    bool isListening() const;
    // The configured URI with the port actually bound: the redirect_uri of the attempt.
    QUrl redirectUri() const { return m_redirectUri; }

    void setRedirectCheck(RedirectCheck check) { m_check = std::move(check); }
    void setClientTimeout(int ms) { m_clientTimeoutMs = ms; }
    // Stops listening and closes every open connection.
    void stop();

    // A Configuration error when uri cannot be used as the loopback redirect URI, else None.
    static AppError checkRedirectUri(const QUrl &uri);

Q_SIGNALS:
    // The redirect arrived and was answered; the listener no longer listens.
    void redirectReceived(const QUrl &redirect);
    // A request was answered with an error page (reason for the log and tests, no query).
    void requestRefused(const QString &reason);

private:
    enum class Refusal {
        NotFound,
        MethodNotAllowed,
        BadRequest,
        TooLarge,
        Forbidden,
        NotOurs,
        AlreadyFinished,
        Timeout
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void refuse(QTcpSocket *socket, Refusal refusal, const QString &reason);
    void answer(QTcpSocket *socket, int status, const QByteArray &reasonPhrase,
                const QString &title, const QString &message);

    QTcpServer *m_server = nullptr;
    QUrl m_redirectUri;
    RedirectCheck m_check;
    int m_clientTimeoutMs = DefaultClientTimeoutMs;
    bool m_received = false;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
