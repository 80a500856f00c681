#include "CannedHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::onNewConnection);
}

bool CannedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CannedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void CannedHttpServer::respond(const QString &path, const Response &response)
{
    m_responses[path] = { response };
}

void CannedHttpServer::respondFirst(const QString &path, const Response &response)
{
    m_responses[path].prepend(response);
}

CannedHttpServer::Response CannedHttpServer::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    response.addHeader("Content-Type", "application/json;charset=UTF-8");
    return response;
}

int CannedHttpServer::requestCount(const QString &path) const
{
    int count = 0;
    for (const Request &request : m_requests) {
        if (QString::fromUtf8(request.target) == path)
            ++count;
    }
    return count;
}

void CannedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }
}

void CannedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.clear();
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    m_requests.append(request);

    const QString path = QString::fromUtf8(request.target);
    QList<Response> &queue = m_responses[path];
    Response response;
    if (queue.isEmpty())
        response = json(404, R"({"message":"no canned response"})");
    else
        response = queue.size() > 1 ? queue.takeFirst() : queue.first();
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket,
                           [this, socket, response] { answer(socket, response); });
    else
        answer(socket, response);
}

void CannedHttpServer::answer(QTcpSocket *socket, const Response &response)
{
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!response.omitContentLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(response.body);
    socket->disconnectFromHost();
}
