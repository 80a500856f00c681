#include "AdminApi.h"

#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
SandboxResponse ok(QJsonObject body = {})
{
    body.insert(QStringLiteral("ok"), true);
    return SandboxResponse::json(200, body);
}

SandboxResponse failure(int status, const QString &error, const QString &description)
{
    return SandboxResponse::json(status,
                                 { { QStringLiteral("error"), error },
                                   { QStringLiteral("error_description"), description } });
}

// The request body as a JSON object (an empty body counts as {}).
bool jsonBody(const SandboxRequest &request, QJsonObject *object)
{
    if (request.body.trimmed().isEmpty()) {
        *object = {};
        return true;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}
} // namespace

SandboxResponse AdminApi::handle(const SandboxRequest &request)
{
    if (!request.fromLoopback)
        return failure(403, QStringLiteral("forbidden"),
                       QStringLiteral("The admin API answers loopback clients only."));
    const QString path = request.path;
    const QByteArray method = request.method;
    if (path == QLatin1String("/__admin/requests") && method == "GET")
        return ok({ { QStringLiteral("counts"), m_state.requests.toJson() },
                    { QStringLiteral("apiCookies"),
                      QJsonArray::fromStringList(m_state.apiCookiesReceived) } });
    if (path == QLatin1String("/__admin/config") && method == "GET")
        return ok({ { QStringLiteral("config"), m_state.config.toJson() } });
    if (path == QLatin1String("/__admin/config") && method == "POST")
        return configure(request);
    if (path == QLatin1String("/__admin/faults") && method == "GET")
        return ok({ { QStringLiteral("faults"), m_state.faults.toJson() } });
    if (path == QLatin1String("/__admin/faults") && method == "POST")
        return addFault(request);
    if (path == QLatin1String("/__admin/faults") && method == "DELETE") {
        m_state.faults.clear();
        return ok();
    }
    if (path == QLatin1String("/__admin/revoke") && method == "POST")
        return revoke(request);
    if (path == QLatin1String("/__admin/expire-tokens") && method == "POST") {
        m_state.tokens.expireAccessTokens();
        return ok();
    }
    if (path == QLatin1String("/__admin/reset") && method == "POST") {
        m_state.reset();
        return ok();
    }
    return failure(404, QStringLiteral("not_found"),
                   QStringLiteral("Unknown admin call; see sandbox/README.md."));
}

SandboxResponse AdminApi::configure(const SandboxRequest &request)
{
    QJsonObject changes;
    if (!jsonBody(request, &changes))
        return failure(400, QStringLiteral("invalid_request"),
                       QStringLiteral("The body must be a JSON object."));
    QString error;
    if (!m_state.config.applyAdminChanges(changes, &error))
        return failure(400, QStringLiteral("invalid_request"), error);
    return ok({ { QStringLiteral("config"), m_state.config.toJson() } });
}

SandboxResponse AdminApi::addFault(const SandboxRequest &request)
{
    QJsonObject object;
    if (!jsonBody(request, &object))
        return failure(400, QStringLiteral("invalid_request"),
                       QStringLiteral("The body must be a JSON object."));
    QString error;
    const auto fault = Fault::fromJson(object, &error);
    if (!fault)
        return failure(400, QStringLiteral("invalid_request"), error);
    m_state.faults.add(*fault);
    return ok({ { QStringLiteral("faults"), m_state.faults.toJson() } });
}

SandboxResponse AdminApi::revoke(const SandboxRequest &request)
{
    QJsonObject object;
    if (!jsonBody(request, &object) || !object.value(QLatin1String("username")).isString())
        return failure(400, QStringLiteral("invalid_request"),
                       QStringLiteral("Send {\"username\": \"...\"}."));
    const QString username = object.value(QLatin1String("username")).toString();
    if (!m_state.patients.findByUsername(username))
        return failure(404, QStringLiteral("unknown_user"),
                       QStringLiteral("No seeded patient has this user name."));
    return ok({ { QStringLiteral("revokedGrants"), m_state.tokens.revokeUser(username) } });
}
