#include "LoopbackHttpServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool matches(const LoopbackHttpServer::Request &request, const QString &pathOrTarget)
{
    return request.path == pathOrTarget || QString::fromUtf8(request.target) == pathOrTarget;
}
} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_defaultResponse(
          html(404, "<html><head><title>Not found</title></head><body>Not found</body></html>"))
{ }

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen(const QHostAddress &address)
{
    m_tls = false;
    return startListening(new QTcpServer(this), address);
}

bool LoopbackHttpServer::listenTls(const QString &certificatePath, const QString &keyPath,
                                   const QHostAddress &address)
{
    const QSslCertificate certificate(readFile(certificatePath), QSsl::Pem);
    const QSslKey key(readFile(keyPath), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return false;
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    m_tls = true;
    return startListening(server, address);
}

bool LoopbackHttpServer::startListening(QTcpServer *server, const QHostAddress &address)
{
    delete m_server;
    m_server = server;
    m_host = address.toString();
    // pendingConnectionAvailable, not newConnection: a QSslServer queues a socket only once
    // its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    return m_server->listen(address);
}

quint16 LoopbackHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackHttpServer::baseUrl() const
{
    return url(QString());
}

QUrl LoopbackHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://%2:%3%4")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), m_host)
                    .arg(port())
                    .arg(pathAndQuery));
}

void LoopbackHttpServer::respond(const QString &path, const Response &response)
{
    m_responses[path] = { response };
}

void LoopbackHttpServer::respondFirst(const QString &path, const Response &response)
{
    m_responses[path].prepend(response);
}

void LoopbackHttpServer::setDefaultResponse(const Response &response)
{
    m_defaultResponse = response;
}

LoopbackHttpServer::Response LoopbackHttpServer::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    response.addHeader("Content-Type", "application/json;charset=UTF-8");
    return response;
}

LoopbackHttpServer::Response LoopbackHttpServer::html(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    response.addHeader("Content-Type", "text/html; charset=utf-8");
    return response;
}

LoopbackHttpServer::Response LoopbackHttpServer::redirect(const QUrl &location, int status)
{
    Response response;
    response.status = status;
    response.addHeader("Location", location.toEncoded());
    return response;
}

int LoopbackHttpServer::requestCount(const QString &pathOrTarget) const
{
    int count = 0;
    for (const Request &request : m_requests)
        count += matches(request, pathOrTarget) ? 1 : 0;
    return count;
}

LoopbackHttpServer::Request LoopbackHttpServer::lastRequest() const
{
    return m_requests.isEmpty() ? Request() : m_requests.last();
}

LoopbackHttpServer::Request LoopbackHttpServer::lastRequest(const QString &pathOrTarget) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (matches(*it, pathOrTarget))
            return *it;
    }
    return {};
}

void LoopbackHttpServer::accept(QTcpSocket *socket)
{
    ++m_connections;
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        readFrom(socket);
}

void LoopbackHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    const qsizetype questionMark = request.target.indexOf('?');
    request.path = QString::fromUtf8(
        request.target.left(questionMark < 0 ? request.target.size() : questionMark));
    request.query = questionMark < 0 ? QByteArray() : request.target.mid(questionMark + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype bodyLength = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + bodyLength)
        return;
    request.body = buffer.mid(headerEnd + 4, bodyLength);
    buffer.clear();
    m_requests.append(request);

    const Response response = responseFor(request);
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket,
                           [this, socket, response] { answer(socket, response); });
    else
        answer(socket, response);
}

LoopbackHttpServer::Response LoopbackHttpServer::responseFor(const Request &request)
{
    // The whole target first, then the path alone, then the default.
    for (const QString &key : { QString::fromUtf8(request.target), request.path }) {
        auto it = m_responses.find(key);
        if (it == m_responses.end() || it->isEmpty())
            continue;
        return it->size() > 1 ? it->takeFirst() : it->first();
    }
    return m_defaultResponse;
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const Response &response)
{
    const Mode mode = m_mode == Mode::Respond ? response.mode : m_mode;
    switch (mode) {
    case Mode::Hang:
        return;
    case Mode::Drop:
        socket->abort();
        return;
    case Mode::Respond:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Loopback\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!response.omitContentLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + response.body);
    socket->disconnectFromHost();
}
