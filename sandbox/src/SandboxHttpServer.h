#pragma once

#include "Fault.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouter.h"

#include <QAbstractHttpServer>
#include <QtGlobal>

#include <functional>

class QTcpSocket;
class QHttpServerResponder;
struct SandboxState;

// The HTTP transport of pkb-sandbox on QtHttpServer: counts requests, applies injected faults
// (latency without blocking other connections, status, malformed body, dropped connection) and
// writes SandboxRouter's answers. Listens on 127.0.0.1 only.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(SandboxState &state, QObject *parent = nullptr);

    // Starts listening on 127.0.0.1:port (0 = any free port); returns the port or 0.
    quint16 listenOnLoopback(quint16 port);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#else
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif
#endif

private:
    using Writer = std::function<void(const SandboxResponse &)>;

    // The transport-independent part: decides and sends (now or later) through `write`;
    // `drop` closes the connection without an answer.
    void dispatch(const SandboxRequest &request, const Writer &write,
                  const std::function<void()> &drop);
    static SandboxRequest toSandboxRequest(const QHttpServerRequest &request);
    static SandboxResponse faultResponse(const Fault &fault, const QString &endpoint);
    static void log(const SandboxRequest &request, const QString &outcome);

    SandboxState &m_state;
    SandboxRouter m_router;
};
