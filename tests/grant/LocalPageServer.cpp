#include "LocalPageServer.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

LocalPageServer::LocalPageServer(QObject *parent)
    : QObject(parent)
{ }

LocalPageServer::~LocalPageServer() = default;

bool LocalPageServer::listen(const QHostAddress &address)
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    m_host = address.toString();
    return m_server->listen(address);
}

bool LocalPageServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    m_host = QStringLiteral("127.0.0.1");
    return m_server->listen(QHostAddress::LocalHost);
}

quint16 LocalPageServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LocalPageServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://%2:%3%4")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), m_host)
                    .arg(port())
                    .arg(pathAndQuery));
}

void LocalPageServer::setRoute(const QString &path, const Response &response)
{
    m_routes.insert(path, response);
}

void LocalPageServer::setPage(const QString &path, const QByteArray &html)
{
    Response response;
    response.body = html;
    setRoute(path, response);
}

void LocalPageServer::setRedirect(const QString &path, const QUrl &location)
{
    Response response;
    response.status = 302;
    response.body.clear();
    response.headers.append({ "Location", location.toEncoded() });
    setRoute(path, response);
}

int LocalPageServer::requestCount(const QString &path) const
{
    int count = 0;
    for (const Request &request : m_requests)
        count += request.path == path ? 1 : 0;
    return count;
}

LocalPageServer::Request LocalPageServer::lastRequest(const QString &path) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->path == path)
            return *it;
    }
    return {};
}

void LocalPageServer::accept(QTcpSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        readFrom(socket);
}

void LocalPageServer::readFrom(QTcpSocket *socket)
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
    const QByteArray target = requestLine.value(1);
    const qsizetype questionMark = target.indexOf('?');
    request.path = QString::fromUtf8(questionMark < 0 ? target : target.left(questionMark));
    request.query = questionMark < 0 ? QByteArray() : target.mid(questionMark + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype bodyLength = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + bodyLength)
        return;
    buffer.clear();
    m_requests.append(request);
    answer(socket, request);
}

void LocalPageServer::answer(QTcpSocket *socket, const Request &request)
{
    Response response;
    if (m_routes.contains(request.path)) {
        response = m_routes.value(request.path);
    } else {
        response.status = 404;
        response.body = "<html><head><title>Not found</title></head><body>Not found</body></html>";
    }
    if (response.hold)
        return;
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Test\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + response.body);
    socket->disconnectFromHost();
}
