#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 that answers each path with canned responses and
// records the requests it saw. For the PKB client's tests of
// what the sandbox cannot do (redirects to other hosts, oversized bodies, header checks).
class CannedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool drop = false; // close the connection without answering
        bool omitContentLength = false; // body ends when the connection closes

        void addHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append(qMakePair(name, value));
        }
    };
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    explicit CannedHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;

    // The answer for path from now on (replaces what was set before).
    void respond(const QString &path, const Response &response);
    // The answer to the next request for path only; later requests get the earlier answers.
    void respondFirst(const QString &path, const Response &response);
    static Response json(int status, const QByteArray &body);

    QList<Request> requests() const { return m_requests; }
    int requestCount(const QString &path) const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    QHash<QString, QList<Response>> m_responses;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
