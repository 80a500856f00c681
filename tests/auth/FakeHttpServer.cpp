#include "FakeHttpServer.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
QByteArray readDataFile(const QString &name)
{
    QFile file(QStringLiteral(PKBLINK_AUTH_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{ }

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(bool tls)
{
    m_tls = tls;
    if (tls) {
        auto *server = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(
            QSslCertificate(readDataFile(QStringLiteral("untrusted-localhost.crt"))));
        configuration.setPrivateKey(
            QSslKey(readDataFile(QStringLiteral("untrusted-localhost.key")), QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(configuration);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost);
}

quint16 FakeHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(path));
}

void FakeHttpServer::respond(int status, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_mode = Mode::Respond;
    m_status = status;
    m_body = body;
    m_headers = headers;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
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
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    m_requests.append(request);
    buffer.clear();

    switch (m_mode) {
    case Mode::Hang:
        return;
    case Mode::Drop:
        socket->abort();
        return;
    case Mode::Respond:
        break;
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status) + " Status\r\n";
    for (const auto &[name, value] : std::as_const(m_headers))
        response += name + ": " + value + "\r\n";
    response += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    response += "Connection: close\r\n\r\n";
    response += m_body;
    socket->write(response);
    socket->disconnectFromHost();
}
