#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on a loopback address for unit tests: answers each path with canned
// responses (or a default one), records every request, can hang or drop connections and can
// speak TLS with a given (untrusted) certificate. One request per connection.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Respond, // send the response
        Hang, // read the request, never answer
        Drop, // read the request, close the connection without answering
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Respond;
        int delayMs = 0;
        bool omitContentLength = false; // the body ends when the connection closes

        void addHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append(qMakePair(name, value));
        }
    };
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QString path; // target without the query
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    // Speaks TLS with the PEM certificate and RSA key read from these files; false if either
    // cannot be read.
    bool listenTls(const QString &certificatePath, const QString &keyPath,
                   const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    // scheme://host:port without a path.
    QUrl baseUrl() const;
    // scheme://host:port + pathAndQuery
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    // The answer for path from now on (replaces what was set for it before).
    void respond(const QString &path, const Response &response);
    // The answer to the next request for path only; later requests get the earlier answers.
    void respondFirst(const QString &path, const Response &response);
    // The answer for paths without one of their own (initially a 404 page).
    void setDefaultResponse(const Response &response);
    // Hang or Drop overrides every answer; Respond goes back to the canned answers.
    void setMode(Mode mode) { m_mode = mode; }

    static Response json(int status, const QByteArray &body);
    static Response html(int status, const QByteArray &body);
    static Response redirect(const QUrl &location, int status = 302);

    const QList<Request> &requests() const { return m_requests; }
    // Requests whose path (or whole target) is pathOrTarget.
    int requestCount(const QString &pathOrTarget) const;
    // The last request, or the last one for pathOrTarget; an empty Request if there is none.
    Request lastRequest() const;
    Request lastRequest(const QString &pathOrTarget) const;
    int connectionCount() const { return m_connections; }

private:
    bool startListening(QTcpServer *server, const QHostAddress &address);
    void accept(QTcpSocket *socket);
    void readFrom(QTcpSocket *socket);
    Response responseFor(const Request &request);
    void answer(QTcpSocket *socket, const Response &response);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QString m_host;
    Mode m_mode = Mode::Respond;
    QHash<QString, QList<Response>> m_responses;
    Response m_defaultResponse;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    int m_connections = 0;
};
