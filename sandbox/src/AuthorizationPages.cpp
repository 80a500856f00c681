#include "AuthorizationPages.h"

#include "AuthorizationRequest.h"
#include "FederatedLoginPages.h"
#include "FormData.h"
#include "HtmlPages.h"
#include "SandboxState.h"

#include <QDateTime>

namespace {
bool isForm(const SandboxRequest &request)
{
    return request.contentType.split(';').constFirst().trimmed().toLower()
        == "application/x-www-form-urlencoded";
}

SandboxResponse badRequestPage(const QString &message)
{
    return SandboxResponse::html(400,
                                 HtmlPages::error(QStringLiteral("This request cannot be "
                                                                 "used"),
                                                  message));
}
} // namespace

SandboxResponse AuthorizationPages::rejection(const AuthorizationRequest &authorization) const
{
    if (authorization.outcome() == AuthorizationRequest::Outcome::ErrorPage)
        return badRequestPage(authorization.errorDescription());
    return SandboxResponse::redirect(authorization.errorLocation());
}

const PatientRecord *AuthorizationPages::signedInPatient(const SandboxRequest &request) const
{
    const QString sessionId = request.cookieValue(SessionStore::cookieName());
    if (sessionId.isEmpty())
        return nullptr;
    return m_state.patients.findByUsername(m_state.sessions.usernameFor(sessionId));
}

SandboxResponse AuthorizationPages::authorize(const SandboxRequest &request)
{
    const auto authorization = AuthorizationRequest::validate(request.query, m_state.config);
    if (!authorization.isValid())
        return rejection(authorization);
    const QString query = QString::fromUtf8(request.query);
    if (const PatientRecord *patient = signedInPatient(request))
        return SandboxResponse::html(200,
                                     HtmlPages::grant(*patient, authorization.clientId(), query));
    return SandboxResponse::html(200,
                                 HtmlPages::login(query, authorization.clientId(), {},
                                                  m_state.patients.patients(),
                                                  FederatedLoginPages::startHref(m_state, query)));
}

SandboxResponse AuthorizationPages::login(const SandboxRequest &request)
{
    if (!isForm(request))
        return badRequestPage(QStringLiteral("The sign-in form was not sent as a form."));
    const FormData form = FormData::parse(request.body);
    const QString query = form.value(QStringLiteral("authorize_query"));
    if (query.isEmpty())
        return badRequestPage(QStringLiteral("The sign-in form has no authorization request. "
                                             "Start again from the app."));
    const auto authorization = AuthorizationRequest::validate(query.toUtf8(), m_state.config);
    if (!authorization.isValid())
        return rejection(authorization);
    const PatientRecord *patient = m_state.patients.authenticate(
        form.value(QStringLiteral("username")), form.value(QStringLiteral("password")));
    if (!patient)
        return SandboxResponse::html(
            200,
            HtmlPages::login(query, authorization.clientId(),
                             QStringLiteral("The user name or password is not right. "
                                            "Try again."),
                             m_state.patients.patients(),
                             FederatedLoginPages::startHref(m_state, query)));
    const QString sessionId = m_state.sessions.create(patient->username);
    return SandboxResponse::redirect("/apiAuthorize.action?" + query.toUtf8())
        .withHeader("Set-Cookie",
                    (SessionStore::cookieName() + QLatin1Char('=') + sessionId).toLatin1()
                        + "; Path=/; HttpOnly; SameSite=Lax");
}

SandboxResponse AuthorizationPages::grant(const SandboxRequest &request)
{
    if (!isForm(request))
        return badRequestPage(QStringLiteral("The grant form was not sent as a form."));
    const FormData form = FormData::parse(request.body);
    const QString query = form.value(QStringLiteral("authorize_query"));
    if (query.isEmpty())
        return badRequestPage(QStringLiteral("The grant form has no authorization request. "
                                             "Start again from the app."));
    const auto authorization = AuthorizationRequest::validate(query.toUtf8(), m_state.config);
    if (!authorization.isValid())
        return rejection(authorization);
    const PatientRecord *patient = signedInPatient(request);
    if (!patient) // Session gone (reset, other browser): sign in again.
        return SandboxResponse::redirect("/apiAuthorize.action?" + query.toUtf8());
    const QString decision = form.value(QStringLiteral("decision"));
    if (decision == QLatin1String("deny"))
        return SandboxResponse::redirect(authorization.deniedLocation());
    if (decision != QLatin1String("allow"))
        return badRequestPage(QStringLiteral("Choose Allow or Deny."));
    AuthorizationCode code;
    code.clientId = authorization.clientId();
    code.redirectUri = authorization.redirectUri();
    code.username = patient->username;
    code.scope = authorization.scope();
    code.codeChallenge = authorization.codeChallenge();
    code.expiresAtMs =
        QDateTime::currentMSecsSinceEpoch() + qint64(m_state.config.codeLifetimeSeconds) * 1000;
    return SandboxResponse::redirect(authorization.codeLocation(m_state.codes.issue(code)));
}
