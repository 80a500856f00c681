#include "AuthorizationRequest.h"

#include "FormData.h"
#include "Pkce.h"
#include "RedirectUri.h"

AuthorizationRequest &AuthorizationRequest::fail(Outcome outcome, const QString &error,
                                                 const QString &description)
{
    m_outcome = outcome;
    m_error = error;
    m_errorDescription = description;
    return *this;
}

AuthorizationRequest AuthorizationRequest::validate(const QByteArray &query,
                                                    const SandboxConfig &config)
{
    AuthorizationRequest request;
    const FormData form = FormData::parse(query);
    const QString invalidRequest = QStringLiteral("invalid_request");

    // 1. Who is asking and where the answer goes: without these nothing may be redirected.
    if (form.isDuplicated(QStringLiteral("client_id"))
        || form.isDuplicated(QStringLiteral("redirect_uri")))
        return request.fail(Outcome::ErrorPage, invalidRequest,
                            QStringLiteral("client_id or redirect_uri is given more than once."));
    request.m_clientId = form.value(QStringLiteral("client_id"));
    if (request.m_clientId.isEmpty())
        return request.fail(Outcome::ErrorPage, invalidRequest,
                            QStringLiteral("The request has no client_id."));
    if (request.m_clientId != config.clientId)
        return request.fail(Outcome::ErrorPage, QStringLiteral("invalid_client"),
                            QStringLiteral("The client_id is not registered."));
    request.m_redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (request.m_redirectUri.isEmpty()) {
        if (config.redirectUris.size() != 1)
            return request.fail(Outcome::ErrorPage, invalidRequest,
                                QStringLiteral("The request has no redirect_uri."));
        request.m_redirectUri = config.redirectUris.constFirst();
    }
    bool registered = false;
    for (const QString &candidate : config.redirectUris)
        registered = registered
            || RedirectUri::matches(request.m_redirectUri, candidate, config.loopbackAnyPort);
    if (!registered)
        return request.fail(Outcome::ErrorPage, invalidRequest,
                            QStringLiteral("The redirect_uri is not registered for this client."));

    // 2. Everything else is reported to the client at its redirect URI.
    request.m_state = form.value(QStringLiteral("state"));
    if (form.hasDuplicates())
        return request.fail(Outcome::ErrorRedirect, invalidRequest,
                            QStringLiteral("A parameter is given more than once."));
    const QString responseType = form.value(QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return request.fail(Outcome::ErrorRedirect, invalidRequest,
                            QStringLiteral("response_type is missing."));
    if (responseType != QLatin1String("code"))
        return request.fail(Outcome::ErrorRedirect, QStringLiteral("unsupported_response_type"),
                            QStringLiteral("Only response_type=code is supported."));
    request.m_scope = form.value(QStringLiteral("scope"));
    if (request.m_scope != QLatin1String("PATIENT"))
        return request.fail(Outcome::ErrorRedirect, QStringLiteral("invalid_scope"),
                            QStringLiteral("This client may only ask for scope PATIENT."));
    request.m_codeChallenge = form.value(QStringLiteral("code_challenge"));
    const bool hasMethod = form.contains(QStringLiteral("code_challenge_method"));
    const QString method = form.value(QStringLiteral("code_challenge_method"));
    if (request.m_codeChallenge.isEmpty()) {
        if (hasMethod)
            return request.fail(Outcome::ErrorRedirect, invalidRequest,
                                QStringLiteral("code_challenge_method without code_challenge."));
        if (config.pkceRequired)
            return request.fail(Outcome::ErrorRedirect, invalidRequest,
                                QStringLiteral("PKCE is required: send code_challenge with "
                                               "code_challenge_method=S256."));
    } else {
        if (method != QLatin1String("S256"))
            return request.fail(Outcome::ErrorRedirect, invalidRequest,
                                QStringLiteral("code_challenge_method must be S256."));
        if (!Pkce::isWellFormed(request.m_codeChallenge))
            return request.fail(Outcome::ErrorRedirect, invalidRequest,
                                QStringLiteral("code_challenge is malformed."));
    }
    return request;
}

QByteArray AuthorizationRequest::location(QList<std::pair<QString, QString>> pairs) const
{
    if (!m_state.isEmpty())
        pairs.append({ QStringLiteral("state"), m_state });
    return RedirectUri::withParameters(m_redirectUri, pairs);
}

QByteArray AuthorizationRequest::errorLocation() const
{
    return location({ { QStringLiteral("error"), m_error },
                      { QStringLiteral("error_description"), m_errorDescription } });
}

QByteArray AuthorizationRequest::codeLocation(const QString &code) const
{
    return location({ { QStringLiteral("code"), code } });
}

QByteArray AuthorizationRequest::deniedLocation() const
{
    return location({ { QStringLiteral("error"), QStringLiteral("access_denied") },
                      { QStringLiteral("error_description"),
                        QStringLiteral("The patient did not allow access.") } });
}
