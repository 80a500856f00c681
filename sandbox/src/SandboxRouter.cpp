#include "SandboxRouter.h"

#include "SandboxState.h"

namespace {
const QLatin1String kFhirPatientPrefix("/fhir/Patient/");

SandboxResponse notFound()
{
    return SandboxResponse::json(
        404,
        { { QStringLiteral("error"), QStringLiteral("not_found") },
          { QStringLiteral("error_description"), QStringLiteral("No such resource.") } });
}

SandboxResponse methodNotAllowed(const QByteArray &allowed)
{
    return SandboxResponse::json(
               405,
               { { QStringLiteral("error"), QStringLiteral("method_not_allowed") },
                 { QStringLiteral("error_description"),
                   QStringLiteral("Use %1.").arg(QString::fromLatin1(allowed)) } })
        .withHeader("Allow", allowed);
}
} // namespace

SandboxRouter::SandboxRouter(SandboxState &state)
    : m_state(state)
    , m_pages(state)
    , m_federated(state)
    , m_token(state)
    , m_resources(state)
    , m_admin(state)
{ }

QString SandboxRouter::endpointName(const QString &path)
{
    if (path == QLatin1String("/apiAuthorize.action"))
        return QStringLiteral("authorize");
    if (path == QLatin1String("/login.action"))
        return QStringLiteral("login");
    if (path == QLatin1String("/grant.action"))
        return QStringLiteral("grant");
    if (path == Federation::startPath())
        return QStringLiteral("nhs-login-start");
    if (path == Federation::callbackPath())
        return QStringLiteral("nhs-login-callback");
    if (path == QLatin1String("/apiToken.action"))
        return QStringLiteral("token");
    if (path == QLatin1String("/json/users/self"))
        return QStringLiteral("users-self");
    if (path == QLatin1String("/fhir/Consent/$purview"))
        return QStringLiteral("purview");
    if (path.startsWith(kFhirPatientPrefix) && path.size() > kFhirPatientPrefix.size())
        return QStringLiteral("patient");
    return {};
}

bool SandboxRouter::isAdminRequest(const SandboxRequest &request) const
{
    return m_state.config.adminEnabled && AdminApi::isAdminPath(request.path);
}

SandboxResponse SandboxRouter::respond(const SandboxRequest &request)
{
    if (isAdminRequest(request))
        return m_admin.handle(request);
    const QString endpoint = endpointName(request.path);
    const bool api = endpoint == QLatin1String("token") || endpoint == QLatin1String("users-self")
        || endpoint == QLatin1String("purview") || endpoint == QLatin1String("patient");
    if (!api)
        return respondPkb(request);
    if (!request.cookie.isEmpty())
        m_state.apiCookiesReceived.append(QString::fromLatin1(request.cookie));
    SandboxResponse response = respondPkb(request);
    if (m_state.config.apiCookies)
        response.withHeader("Set-Cookie",
                            "JSESSIONID=api-session-" + QByteArray::number(++m_state.apiCookiesSet)
                                + "; Path=/; HttpOnly");
    return response;
}

SandboxResponse SandboxRouter::respondPkb(const SandboxRequest &request)
{
    const QString endpoint = endpointName(request.path);
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    const bool isPost = request.method == "POST";
    if (endpoint == QLatin1String("authorize"))
        return isGet ? m_pages.authorize(request) : methodNotAllowed("GET");
    if (endpoint == QLatin1String("login"))
        return isPost ? m_pages.login(request) : methodNotAllowed("POST");
    if (endpoint == QLatin1String("grant"))
        return isPost ? m_pages.grant(request) : methodNotAllowed("POST");
    if (endpoint == QLatin1String("nhs-login-start"))
        return isGet ? m_federated.start(request) : methodNotAllowed("GET");
    if (endpoint == QLatin1String("nhs-login-callback"))
        return isGet ? m_federated.callback(request) : methodNotAllowed("GET");
    if (endpoint == QLatin1String("token"))
        return isPost ? m_token.handle(request) : methodNotAllowed("POST");
    if (endpoint == QLatin1String("users-self"))
        return isGet ? m_resources.usersSelf(request) : methodNotAllowed("GET");
    if (endpoint == QLatin1String("purview"))
        return isGet ? m_resources.purview(request) : methodNotAllowed("GET");
    if (endpoint == QLatin1String("patient")) {
        const QString publicId = request.path.mid(kFhirPatientPrefix.size());
        if (publicId.contains(QLatin1Char('/')))
            return notFound();
        return isGet ? m_resources.patient(request, publicId) : methodNotAllowed("GET");
    }
    if (request.path == QLatin1String("/json/teams"))
        return isGet ? m_resources.teams(request) : methodNotAllowed("GET");
    return notFound();
}
