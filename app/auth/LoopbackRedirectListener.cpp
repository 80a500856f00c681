#include "auth/LoopbackRedirectListener.h"

#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    stop();
}

AppError LoopbackRedirectListener::checkRedirectUri(const QUrl &uri)
{
    const bool usable = uri.isValid() && uri.scheme() == QLatin1String("http")
        && uri.host() == QLatin1String("127.0.0.1") && uri.userInfo().isEmpty() && !uri.hasQuery()
        && !uri.hasFragment() && uri.path().startsWith(QLatin1Char('/')) && uri.path().size() > 1
        && uri.port() <= 65535;
    if (usable)
        return {};
    return AppError::make(
        AppError::Kind::Configuration,
        tr("The address for signing in with your web browser is not usable. "
           "Ask your administrator to set it to http://127.0.0.1 with a path "
           "(and a port, if PKB registered one)."),
        QStringLiteral("pkb/browserRedirectUri is not http://127.0.0.1[:port]/path"));
}

Status LoopbackRedirectListener::listen(const QUrl &configured)
{
    stop();
    if (const AppError error = checkRedirectUri(configured))
        return error;
    const int port = qMax(configured.port(), 0);
    // 127.0.0.1 only: never reachable from another machine (RFC 8252 8.3).
    if (!m_server->listen(QHostAddress::LocalHost, quint16(port))) {
        qCWarning(lcAuth) << "browser sign-in: cannot listen on loopback port" << port << ":"
                          << m_server->errorString();
        return AppError::make(
            AppError::Kind::Network,
            port == 0 ? tr("PKB Link could not wait for your browser's answer on this computer. "
                           "Please try again.")
                      : tr("PKB Link could not wait for your browser's answer: another program "
                           "on this computer uses port %1. Close it and try again, or ask your "
                           "administrator.")
                            .arg(port),
            QStringLiteral("listen on 127.0.0.1:%1 failed: %2")
                .arg(port)
                .arg(m_server->errorString()),
            true);
    }
    m_received = false;
    m_redirectUri = configured;
    m_redirectUri.setPort(m_server->serverPort());
    qCInfo(lcAuth) << "browser sign-in: listening on 127.0.0.1 port" << m_server->serverPort();
    return Done {};
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

void LoopbackRedirectListener::stop()
{
    if (m_server->isListening()) {
        m_server->close();
        qCInfo(lcAuth) << "browser sign-in: stopped listening";
    }
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] {
            if (m_buffers.contains(socket))
                refuse(socket, Refusal::Timeout, QStringLiteral("request not complete in time"));
        });
        timer->start(m_clientTimeoutMs);
        if (!socket->peerAddress().isLoopback()) {
            refuse(socket, Refusal::Forbidden, QStringLiteral("peer is not a loopback address"));
            continue;
        }
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return; // already answered
    it.value() += socket->read(MaxRequestBytes + 1 - it.value().size());
    const int end = int(it.value().indexOf("\r\n\r\n"));
    if (end < 0) {
        if (it.value().size() > MaxRequestBytes)
            refuse(socket, Refusal::TooLarge, QStringLiteral("request head too large"));
        return;
    }
    const QByteArray head = it.value().left(end);
    m_buffers.remove(socket);
    handleRequest(socket, head);
}

void LoopbackRedirectListener::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        refuse(socket, Refusal::BadRequest, QStringLiteral("malformed request line"));
        return;
    }
    const QByteArray method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    QList<QByteArray> hosts;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "host")
            hosts.append(line.mid(colon + 1).trimmed().toLower());
    }
    const QByteArray port = QByteArray::number(m_redirectUri.port());
    const bool ourHost = hosts.size() == 1
        && (hosts.first() == "127.0.0.1:" + port
            || (m_redirectUri.port() == 80 && hosts.first() == "127.0.0.1"));
    if (!target.startsWith('/')) {
        refuse(socket, Refusal::BadRequest, QStringLiteral("request target not in origin form"));
        return;
    }
    const QByteArray path = target.left(target.indexOf('?'));
    if (path != m_redirectUri.path(QUrl::FullyEncoded).toLatin1()) {
        refuse(socket, Refusal::NotFound, QStringLiteral("another path"));
        return;
    }
    if (method != "GET") {
        refuse(socket, Refusal::MethodNotAllowed, QStringLiteral("method is not GET"));
        return;
    }
    if (!ourHost) {
        // A page of another site that resolves its name to 127.0.0.1 (DNS rebinding).
        refuse(socket, Refusal::Forbidden, QStringLiteral("Host header is not ours"));
        return;
    }
    if (m_received) {
        refuse(socket, Refusal::AlreadyFinished, QStringLiteral("a redirect was already received"));
        return;
    }
    const QUrl redirect =
        QUrl::fromEncoded(QByteArray("http://127.0.0.1:" + port + target), QUrl::StrictMode);
    if (!redirect.isValid()) {
        refuse(socket, Refusal::BadRequest, QStringLiteral("redirect is not a valid URL"));
        return;
    }
    if (!m_check || !m_check(redirect)) {
        refuse(socket, Refusal::NotOurs, QStringLiteral("redirect does not answer this sign-in"));
        return;
    }
    m_received = true;
    answer(socket, 200, "OK", tr("Signed in"),
           tr("You can close this tab and return to PKB Link."));
    m_server->close();
    qCInfo(lcAuth) << "browser sign-in: redirect received, stopped listening";
    Q_EMIT redirectReceived(redirect);
}

void LoopbackRedirectListener::refuse(QTcpSocket *socket, Refusal refusal, const QString &reason)
{
    m_buffers.remove(socket);
    qCInfo(lcAuth) << "browser sign-in: request refused:" << reason;
    switch (refusal) {
    case Refusal::NotOurs:
        answer(socket, 400, "Bad Request", tr("Sign-in not recognised"),
               tr("This answer does not belong to the sign-in PKB Link is waiting for. Nothing "
                  "was changed. Return to PKB Link and try again."));
        break;
    case Refusal::AlreadyFinished:
        answer(socket, 409, "Conflict", tr("Sign-in already finished"),
               tr("PKB Link has already received the answer to this sign-in. Nothing was "
                  "changed. You can close this tab and return to PKB Link."));
        break;
    default: {
        static const QHash<Refusal, std::pair<int, QByteArray>> statuses {
            { Refusal::NotFound, { 404, "Not Found" } },
            { Refusal::MethodNotAllowed, { 405, "Method Not Allowed" } },
            { Refusal::BadRequest, { 400, "Bad Request" } },
            { Refusal::TooLarge, { 431, "Request Header Fields Too Large" } },
            { Refusal::Forbidden, { 403, "Forbidden" } },
            { Refusal::Timeout, { 408, "Request Timeout" } },
        };
        const auto status = statuses.value(refusal, { 400, "Bad Request" });
        answer(socket, status.first, status.second, tr("Not a sign-in address"),
               tr("This address only receives PKB's answer while you sign in to PKB Link. "
                  "Nothing was changed."));
        break;
    }
    }
    Q_EMIT requestRefused(reason);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status,
                                      const QByteArray &reasonPhrase, const QString &title,
                                      const QString &message)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    QString language = QLocale().bcp47Name();
    if (language.isEmpty() || language == QLatin1String("C"))
        language = QStringLiteral("en");
    const QLocale locale;
    const QByteArray body =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\">"
            "<title>%3 - PKB Link</title><style>body{font-family:sans-serif;"
            "max-width:36em;margin:3em auto;padding:0 1em;line-height:1.5}</style>"
            "</head><body><h1>%3</h1><p id=\"message\">%4</p></body></html>\n")
            .arg(htmlEscaped(language),
                 locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                           : QStringLiteral("ltr"),
                 htmlEscaped(title), htmlEscaped(message))
            .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Content-Length: "
        + QByteArray::number(body.size())
        + "\r\n"
          "Cache-Control: no-store\r\n"
          "Referrer-Policy: no-referrer\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
          "Connection: close\r\n\r\n"
        + body;
    socket->write(response);
    socket->flush();
    // The answer must reach the browser even when the listener goes at once (the attempt can
    // end synchronously, e.g. on Deny): the socket outlives it until it is closed.
    socket->setParent(nullptr);
    QTimer::singleShot(5000, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}
