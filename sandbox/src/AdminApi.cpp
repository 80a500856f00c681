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
    if (path == QLatin1String("/__admin/pages/page-dialogs") && method == "GET")
        return pageDialogsPage();
    if (path == QLatin1String("/__admin/reset") && method == "POST") {
        m_state.reset();
        return ok();
    }
    return failure(404, QStringLiteral("not_found"),
                   QStringLiteral("Unknown admin call; see sandbox/README.md."));
}

SandboxResponse AdminApi::pageDialogsPage()
{
    // A hostile page on PKB's own origin for the app's tests: ?open=alert|confirm|prompt opens
    // that dialog as soon as the page has loaded; the file input asks for a file when used.
    static const char page[] = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page dialogs</title></head>
<body><h1>Page dialogs</h1>
<label for="file-input">A file</label> <input type="file" id="file-input">
<p id="result">pending</p>
<script>
const kind = new URLSearchParams(location.search).get('open');
const result = document.getElementById('result');
window.addEventListener('load', () => setTimeout(() => {
  if (kind === 'alert') { alert('A message from the page: https://example.org/?state=x'); result.textContent = 'alert returned'; }
  if (kind === 'confirm') { result.textContent = 'confirm ' + confirm('Do you really want to go on?'); }
  if (kind === 'prompt') { result.textContent = 'prompt ' + prompt('Your name?', 'nobody'); }
}, 0));
document.getElementById('file-input').addEventListener('change', () => { result.textContent = 'file chosen'; });
</script></body></html>
)";
    return SandboxResponse::html(200, QString::fromUtf8(page));
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
