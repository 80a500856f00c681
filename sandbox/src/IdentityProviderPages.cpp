#include "IdentityProviderPages.h"

#include "FormData.h"
#include "HtmlPages.h"
#include "RedirectUri.h"
#include "SandboxState.h"

#include <QDateTime>

namespace {
// The parameters of PKB's authentication request, carried through the login form.
struct ProviderRequest
{
    QString clientId;
    QString redirectUri;
    QString state;
    QString nonce;
    QString problem; // empty when the request is acceptable

    static ProviderRequest from(const FormData &form, const SandboxState &sandbox)
    {
        ProviderRequest request;
        request.clientId = form.value(QStringLiteral("client_id"));
        request.redirectUri = form.value(QStringLiteral("redirect_uri"));
        request.state = form.value(QStringLiteral("state"));
        request.nonce = form.value(QStringLiteral("nonce"));
        const QString expectedRedirect = sandbox.pkbBaseUrl.toString() + Federation::callbackPath();
        if (form.hasDuplicates())
            request.problem = QStringLiteral("A parameter was sent twice.");
        else if (request.clientId != Federation::pkbClientId())
            request.problem = QStringLiteral("This service does not know the client.");
        else if (request.redirectUri != expectedRedirect)
            request.problem = QStringLiteral("The redirect_uri is not registered.");
        else if (form.value(QStringLiteral("response_type")) != QLatin1String("code"))
            request.problem = QStringLiteral("Only response_type=code is supported.");
        else if (request.state.isEmpty() || request.nonce.isEmpty())
            request.problem = QStringLiteral("state and nonce are required.");
        return request;
    }

    QList<std::pair<QString, QString>> hiddenFields() const
    {
        return { { QStringLiteral("client_id"), clientId },
                 { QStringLiteral("redirect_uri"), redirectUri },
                 { QStringLiteral("response_type"), QStringLiteral("code") },
                 { QStringLiteral("state"), state },
                 { QStringLiteral("nonce"), nonce } };
    }
};

bool isForm(const SandboxRequest &request)
{
    return request.contentType.split(';').constFirst().trimmed().toLower()
        == "application/x-www-form-urlencoded";
}

SandboxResponse problemPage(const QString &message)
{
    return SandboxResponse::html(
        400,
        HtmlPages::providerError(QStringLiteral("This sign-in request cannot be used"), message));
}
} // namespace

SandboxResponse IdentityProviderPages::respond(const SandboxRequest &request)
{
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    if (request.path == QLatin1String("/authorize") && isGet)
        return authorize(request);
    if (request.path == QLatin1String("/login") && request.method == "POST")
        return login(request);
    return SandboxResponse::html(
        404,
        HtmlPages::providerError(QStringLiteral("Page not found"),
                                 QStringLiteral("There is no such page.")));
}

SandboxResponse IdentityProviderPages::authorize(const SandboxRequest &request)
{
    const ProviderRequest provider = ProviderRequest::from(FormData::parse(request.query), m_state);
    if (!provider.problem.isEmpty())
        return problemPage(provider.problem);
    return SandboxResponse::html(
        200, HtmlPages::providerLogin(provider.hiddenFields(), {}, m_state.providerAccounts));
}

SandboxResponse IdentityProviderPages::login(const SandboxRequest &request)
{
    if (!isForm(request))
        return problemPage(QStringLiteral("The sign-in form was not sent as a form."));
    const FormData form = FormData::parse(request.body);
    const ProviderRequest provider = ProviderRequest::from(form, m_state);
    if (!provider.problem.isEmpty())
        return problemPage(provider.problem);
    if (form.value(QStringLiteral("decision")) == QLatin1String("cancel"))
        return SandboxResponse::redirect(RedirectUri::withParameters(
            provider.redirectUri,
            { { QStringLiteral("error"), QStringLiteral("access_denied") },
              { QStringLiteral("error_description"),
                QStringLiteral("The user cancelled signing in.") },
              { QStringLiteral("state"), provider.state } }));
    const ProviderAccount *account = m_state.providerAccounts.authenticate(
        form.value(QStringLiteral("email")), form.value(QStringLiteral("password")));
    if (!account)
        return SandboxResponse::html(
            200,
            HtmlPages::providerLogin(provider.hiddenFields(),
                                     QStringLiteral("The email address or password is not "
                                                    "right. Try again."),
                                     m_state.providerAccounts));
    ProviderCode code;
    code.email = account->email;
    code.clientId = provider.clientId;
    code.redirectUri = provider.redirectUri;
    code.nonce = provider.nonce;
    code.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + Federation::codeLifetimeMs;
    return SandboxResponse::redirect(RedirectUri::withParameters(
        provider.redirectUri,
        { { QStringLiteral("code"), m_state.federation.issueCode(code) },
          { QStringLiteral("state"), provider.state } }));
}
