#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A one-purpose HTTP/1.1 server on 127.0.0.1 for the token client's unit tests: records every
// request and answers with a canned response, never answers (hang), or closes the connection
// (drop). With TLS it presents a self-signed certificate nobody trusts.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    enum class Mode { Respond, Hang, Drop };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(bool tls = false);
    QUrl url(const QString &path = QStringLiteral("/apiToken.action")) const;
    quint16 port() const;

    void setMode(Mode mode) { m_mode = mode; }
    void respond(int status, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {
                     { "Content-Type", "application/json" } });
    void respondJson(const QByteArray &json) { respond(200, json); }

    const QList<Request> &requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.isEmpty() ? Request() : m_requests.last(); }
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Mode m_mode = Mode::Respond;
    int m_status = 200;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};
