#include "SandboxHttpServer.h"

#include "HtmlPages.h"
#include "ResourceEndpoints.h"
#include "SandboxState.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <memory>

Q_LOGGING_CATEGORY(lcSandboxHttp, "pkbsandbox.http", QtInfoMsg)

namespace {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// From Qt 6.5 the handler sees a responder, not the socket. To drop a connection we keep our own
// view of the sockets, found again by the client's port (unique per loopback connection).
class ConnectionTrackingServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *socketForPeerPort(quint16 port) const { return m_sockets.value(port); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_sockets.insert(socket->peerPort(), socket);
        addPendingConnection(socket);
    }

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

void writeTo(QHttpServerResponder &responder, const SandboxResponse &response, bool withBody)
{
    const auto status = QHttpServerResponder::StatusCode(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    responder.write(withBody ? response.body : QByteArray(), headers, status);
#else
    responder.writeStatusLine(status);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(withBody ? response.body : QByteArray());
#endif
}
#else
void writeTo(QHttpServerResponder &&responder, const SandboxResponse &response, bool withBody)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(withBody ? response.body : QByteArray());
}
#endif

bool isBrowserEndpoint(const QString &endpoint)
{
    return endpoint == QLatin1String("authorize") || endpoint == QLatin1String("login")
        || endpoint == QLatin1String("grant") || endpoint.startsWith(QLatin1String("nhs-login"));
}
} // namespace

SandboxHttpServer::SandboxHttpServer(SandboxState &state, Site site, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_site(site)
    , m_router(state)
    , m_provider(state)
{ }

quint16 SandboxHttpServer::listenOnLoopback(quint16 port)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    auto *server = new ConnectionTrackingServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
#else
    return listen(QHostAddress::LocalHost, port);
#endif
}

SandboxRequest SandboxHttpServer::toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest copy;
    const QUrl url = request.url();
    copy.path = url.path(QUrl::FullyDecoded);
    copy.query = url.query(QUrl::FullyEncoded).toUtf8();
    copy.body = request.body();
    copy.authorization = request.value("authorization");
    copy.contentType = request.value("content-type");
    copy.cookie = request.value("cookie");
    copy.fromLoopback = request.remoteAddress().isLoopback();
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        copy.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        copy.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        copy.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        copy.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Head:
        copy.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        copy.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        copy.method = "PATCH";
        break;
    default:
        copy.method = "OTHER";
        break;
    }
    return copy;
}

void SandboxHttpServer::log(const SandboxRequest &request, const QString &outcome)
{
    // Path and outcome only: queries and bodies carry codes, tokens, state and passwords, and
    // a FHIR Patient path carries a patient's id.
    const QString path = SandboxRouter::endpointName(request.path) == QLatin1String("patient")
        ? QStringLiteral("/fhir/Patient/{id}")
        : request.path;
    qCInfo(lcSandboxHttp, "%s %ls -> %ls", request.method.constData(), qUtf16Printable(path),
           qUtf16Printable(outcome));
}

SandboxResponse SandboxHttpServer::faultResponse(const Fault &fault, const QString &endpoint)
{
    if (fault.kind == Fault::Kind::Malformed) {
        SandboxResponse response;
        response.withHeader("Content-Type", "application/json");
        response.body = "{\"access_token\":\"sandbox-malformed\",\"resourceType\":\"Pati";
        return response;
    }
    const int status = fault.value;
    if (isBrowserEndpoint(endpoint))
        return SandboxResponse::html(
            status,
            HtmlPages::error(QStringLiteral("PKB is not available"),
                             QStringLiteral("The sandbox was told to fail this request "
                                            "with HTTP %1.")
                                 .arg(status)));
    if (status == 401)
        return ResourceEndpoints::unauthorized(false);
    if (status == 403)
        return ResourceEndpoints::scopeDenied();
    QString error = QStringLiteral("server_error");
    if (status == 400)
        error = QStringLiteral("invalid_request");
    else if (status == 404)
        error = QStringLiteral("not_found");
    else if (status == 408)
        error = QStringLiteral("request_timeout");
    else if (status == 429)
        error = QStringLiteral("too_many_requests");
    SandboxResponse response =
        SandboxResponse::json(status, { { QStringLiteral("error"), error } });
    if (status == 429 || status == 503)
        response.withHeader("Retry-After", "1");
    return response;
}

void SandboxHttpServer::dispatch(const SandboxRequest &request, const Writer &write,
                                 const std::function<void()> &drop)
{
    if (m_site == Site::IdentityProvider) {
        m_state.requests.count(providerCountPrefix() + request.path);
        const SandboxResponse response = m_provider.respond(request);
        SandboxRequest logged = request;
        logged.path = QStringLiteral("(provider) ") + request.path;
        log(logged, QString::number(response.status));
        write(response);
        return;
    }
    const auto answer = [this, request, write](const QString &extra) {
        const SandboxResponse response = m_router.respond(request);
        log(request, QString::number(response.status) + extra);
        write(response);
    };
    if (m_router.isAdminRequest(request)) {
        answer({});
        return;
    }
    m_state.requests.count(request.path);
    const QString endpoint = SandboxRouter::endpointName(request.path);
    const std::optional<Fault> fault =
        endpoint.isEmpty() ? std::nullopt : m_state.faults.take(endpoint);
    if (!fault) {
        answer({});
        return;
    }
    switch (fault->kind) {
    case Fault::Kind::Latency: {
        const QString extra = QStringLiteral(" (fault: %1 ms latency)").arg(fault->value);
        QTimer::singleShot(fault->value, this, [answer, extra] { answer(extra); });
        return;
    }
    case Fault::Kind::Drop:
        log(request, QStringLiteral("connection dropped (fault)"));
        drop();
        return;
    case Fault::Kind::Status:
    case Fault::Kind::Malformed: {
        const SandboxResponse response = faultResponse(*fault, endpoint);
        log(request,
            QString::number(response.status)
                + QStringLiteral(" (fault: %1)").arg(Fault::kindName(fault->kind)));
        write(response);
        return;
    }
    }
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The transport keeps `request` alive as long as its socket; a delayed answer checks that
    // the socket (and so the request) still exists before writing.
    const QPointer<QTcpSocket> connection(socket);
    const QHttpServerRequest *transportRequest = &request;
    const SandboxRequest copy = toSandboxRequest(request);
    const bool withBody = copy.method != "HEAD";
    dispatch(
        copy,
        [connection, transportRequest, withBody](const SandboxResponse &response) {
            if (connection && connection->state() == QAbstractSocket::ConnectedState)
                writeTo(makeResponder(*transportRequest, connection), response, withBody);
        },
        [connection] {
            if (connection)
                connection->abort();
        });
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    writeTo(makeResponder(request, socket), SandboxResponse::json(404, {}), true);
}

#else

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    const auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const SandboxRequest copy = toSandboxRequest(request);
    const bool withBody = copy.method != "HEAD";
    const quint16 peerPort = request.remotePort();
    QPointer<ConnectionTrackingServer> server;
    const auto servers = this->servers();
    for (QTcpServer *candidate : servers) {
        if (auto *tracking = dynamic_cast<ConnectionTrackingServer *>(candidate))
            server = tracking;
    }
    dispatch(
        copy,
        [held, withBody](const SandboxResponse &response) { writeTo(*held, response, withBody); },
        [server, peerPort] {
            if (server) {
                if (QTcpSocket *socket = server->socketForPeerPort(peerPort))
                    socket->abort();
            }
        });
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#else
void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#endif
{
    writeTo(responder, SandboxResponse::json(404, {}), true);
}

#endif
