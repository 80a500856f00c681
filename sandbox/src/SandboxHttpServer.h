#pragma once

#include "Fault.h"
#include "IdentityProviderPages.h"
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
// writes SandboxRouter's answers. Listens on 127.0.0.1 only. The identity-provider stand-in is
// a second instance on its own port (Site::IdentityProvider) that shares the state.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    enum class Site { Pkb, IdentityProvider };

    explicit SandboxHttpServer(SandboxState &state, Site site = Site::Pkb,
                               QObject *parent = nullptr);
    // The provider's requests are counted under this prefix ("provider:/authorize").
    static QString providerCountPrefix() { return QStringLiteral("provider:"); }

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
    Site m_site;
    SandboxRouter m_router;
    IdentityProviderPages m_provider;
};
