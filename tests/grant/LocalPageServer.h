#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QSslCertificate;
class QSslKey;

// A tiny HTTP/1.1 server on a loopback address for the grant view's tests: serves fixed answers
// per path, records every request (path, headers), can drop or hold a connection and can speak
// TLS with a given (untrusted) certificate. One request per connection.
class LocalPageServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "text/html; charset=utf-8";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool drop = false; // close the connection without answering
        bool hold = false; // never answer
    };
    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    explicit LocalPageServer(QObject *parent = nullptr);
    ~LocalPageServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const;
    // http(s)://host:port + pathAndQuery
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    void setRoute(const QString &path, const Response &response);
    void setPage(const QString &path, const QByteArray &html);
    void setRedirect(const QString &path, const QUrl &location);

    int requestCount(const QString &path) const;
    int totalRequestCount() const { return m_requests.size(); }
    QList<Request> requests() const { return m_requests; }
    // The last request for path, or an empty Request.
    Request lastRequest(const QString &path) const;

private:
    void accept(QTcpSocket *socket);
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QString m_host;
    QHash<QString, Response> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};
