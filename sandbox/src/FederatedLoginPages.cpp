#include "FederatedLoginPages.h"

#include "AuthorizationRequest.h"
#include "FormData.h"
#include "HtmlPages.h"
#include "SandboxState.h"
#include "SecureRandom.h"

#include <QDateTime>
#include <QUrl>

namespace {
SandboxResponse errorPage(int status, const QString &message)
{
    return SandboxResponse::html(
        status, HtmlPages::error(QStringLiteral("NHS login did not work"), message));
}

SandboxResponse notOffered()
{
    return SandboxResponse::json(
        404,
        { { QStringLiteral("error"), QStringLiteral("not_found") },
          { QStringLiteral("error_description"), QStringLiteral("NHS login is not enabled.") } });
}
} // namespace

QString FederatedLoginPages::startHref(const SandboxState &state, const QString &authorizeQuery)
{
    if (!state.config.nhsLogin || state.providerBaseUrl.isEmpty())
        return {};
    return Federation::startPath() + QStringLiteral("?authorize_query=")
        + QString::fromLatin1(QUrl::toPercentEncoding(authorizeQuery));
}

SandboxResponse FederatedLoginPages::loginPageWith(const QString &authorizeQuery,
                                                   const QString &message) const
{
    const auto authorization =
        AuthorizationRequest::validate(authorizeQuery.toUtf8(), m_state.config);
    return SandboxResponse::html(200,
                                 HtmlPages::login(authorizeQuery, authorization.clientId(), message,
                                                  m_state.patients.patients(),
                                                  startHref(m_state, authorizeQuery)));
}

SandboxResponse FederatedLoginPages::start(const SandboxRequest &request)
{
    if (!m_state.config.nhsLogin || m_state.providerBaseUrl.isEmpty())
        return notOffered();
    const QString query = FormData::parse(request.query).value(QStringLiteral("authorize_query"));
    const auto authorization = AuthorizationRequest::validate(query.toUtf8(), m_state.config);
    if (query.isEmpty() || !authorization.isValid())
        return errorPage(400,
                         QStringLiteral("This sign-in has no valid authorization request. "
                                        "Start again from the app."));
    FederatedLogin login;
    login.authorizeQuery = query;
    login.nonce = SecureRandom::token(16);
    const QString state = m_state.federation.begin(login);
    QUrl location = m_state.providerBaseUrl;
    location.setPath(QStringLiteral("/authorize"));
    location.setQuery(QString::fromLatin1(FormData::encode({
        { QStringLiteral("client_id"), Federation::pkbClientId() },
        { QStringLiteral("redirect_uri"),
          m_state.pkbBaseUrl.toString() + Federation::callbackPath() },
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("scope"), QStringLiteral("openid profile nhs_number") },
        { QStringLiteral("state"), state },
        { QStringLiteral("nonce"), login.nonce },
    })));
    return SandboxResponse::redirect(location.toEncoded());
}

SandboxResponse FederatedLoginPages::callback(const SandboxRequest &request)
{
    if (!m_state.config.nhsLogin || m_state.providerBaseUrl.isEmpty())
        return notOffered();
    const FormData form = FormData::parse(request.query);
    FederatedLogin login;
    if (form.hasDuplicates()
        || !m_state.federation.take(form.value(QStringLiteral("state")), &login))
        return errorPage(400,
                         QStringLiteral("This answer from NHS login does not belong to a "
                                        "sign-in started here. Start again from the app."));
    if (form.contains(QStringLiteral("error")))
        return loginPageWith(login.authorizeQuery,
                             QStringLiteral("You did not finish signing in with NHS login. "
                                            "Try again, or sign in with your PKB user name and "
                                            "password."));
    const QString callbackUri = m_state.pkbBaseUrl.toString() + Federation::callbackPath();
    ProviderCode grant;
    const bool verified = m_state.federation.redeemCode(form.value(QStringLiteral("code")), &grant)
        && grant.clientId == Federation::pkbClientId() && grant.redirectUri == callbackUri
        && grant.nonce == login.nonce && grant.expiresAtMs > QDateTime::currentMSecsSinceEpoch();
    if (!verified)
        return errorPage(400,
                         QStringLiteral("The answer from NHS login could not be verified. "
                                        "Start again from the app."));
    const ProviderAccount *account = m_state.providerAccounts.find(grant.email);
    const PatientRecord *patient =
        account ? m_state.patients.findByUsername(account->pkbUsername) : nullptr;
    if (!patient)
        return loginPageWith(login.authorizeQuery,
                             QStringLiteral("No record: there is no Patients Know Best record for "
                                            "this NHS login. Sign in with your PKB user name and "
                                            "password, or ask your care team to invite you."));
    const QString sessionId = m_state.sessions.create(patient->username);
    return SandboxResponse::redirect("/apiAuthorize.action?" + login.authorizeQuery.toUtf8())
        .withHeader("Set-Cookie",
                    (SessionStore::cookieName() + QLatin1Char('=') + sessionId).toLatin1()
                        + "; Path=/; HttpOnly; SameSite=Lax");
}
