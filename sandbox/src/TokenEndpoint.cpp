#include "TokenEndpoint.h"

#include "FormData.h"
#include "Pkce.h"
#include "SandboxState.h"

#include <QDateTime>

namespace {
SandboxResponse invalidRequest(const QString &description)
{
    return SandboxResponse::oauthError(400, QStringLiteral("invalid_request"), description);
}

SandboxResponse invalidGrant(const QString &description)
{
    return SandboxResponse::oauthError(400, QStringLiteral("invalid_grant"), description);
}

// Constant-time comparison, as a real server would do for secrets.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray left = a.toUtf8();
    const QByteArray right = b.toUtf8();
    if (left.size() != right.size())
        return false;
    uchar difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= uchar(left.at(i) ^ right.at(i));
    return difference == 0;
}

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

QString TokenEndpoint::authenticateClient(const SandboxRequest &request, const FormData &form,
                                          SandboxResponse *failure) const
{
    const SandboxConfig &config = m_state.config;
    const auto reject = [failure](const QString &description, bool basic) {
        *failure = SandboxResponse::oauthError(401, QStringLiteral("invalid_client"), description);
        if (basic)
            failure->withHeader("WWW-Authenticate", "Basic realm=\"PKB sandbox\"");
        return QString();
    };
    const QString bodyClientId = form.value(QStringLiteral("client_id"));
    switch (config.clientAuth) {
    case SandboxConfig::ClientAuth::None:
        if (bodyClientId.isEmpty())
            return reject(QStringLiteral("client_id is missing."), false);
        if (bodyClientId != config.clientId)
            return reject(QStringLiteral("Unknown client."), false);
        return bodyClientId;
    case SandboxConfig::ClientAuth::SecretPost:
        if (bodyClientId.isEmpty() || !form.contains(QStringLiteral("client_secret")))
            return reject(QStringLiteral("client_id and client_secret are required in the body."),
                          false);
        if (bodyClientId != config.clientId
            || !sameSecret(form.value(QStringLiteral("client_secret")), config.clientSecret))
            return reject(QStringLiteral("Client authentication failed."), false);
        return bodyClientId;
    case SandboxConfig::ClientAuth::SecretBasic: {
        const QByteArray header = request.authorization.trimmed();
        if (!header.toLower().startsWith("basic "))
            return reject(QStringLiteral("HTTP Basic client authentication is required."), true);
        const auto decoded = QByteArray::fromBase64Encoding(
            header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (!decoded || colon < 0)
            return reject(QStringLiteral("Malformed Basic credentials."), true);
        // RFC 6749 2.3.1: id and secret are form-urlencoded before base64.
        const QString id = formDecode(decoded.decoded.left(colon));
        const QString secret = formDecode(decoded.decoded.mid(colon + 1));
        if (id != config.clientId || !sameSecret(secret, config.clientSecret))
            return reject(QStringLiteral("Client authentication failed."), true);
        if (!bodyClientId.isEmpty() && bodyClientId != id)
            return reject(QStringLiteral("client_id does not match the credentials."), true);
        return id;
    }
    }
    return reject(QStringLiteral("Client authentication failed."), false);
}

SandboxResponse TokenEndpoint::handle(const SandboxRequest &request)
{
    if (request.contentType.split(';').constFirst().trimmed().toLower()
        != "application/x-www-form-urlencoded")
        return invalidRequest(QStringLiteral("Send application/x-www-form-urlencoded."));
    const FormData form = FormData::parse(request.body);
    if (form.hasDuplicates())
        return invalidRequest(QStringLiteral("A parameter is given more than once."));
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return invalidRequest(QStringLiteral("grant_type is missing."));
    const bool isCode = grantType == QLatin1String("authorization_code");
    if (!isCode && grantType != QLatin1String("refresh_token"))
        return SandboxResponse::oauthError(400, QStringLiteral("unsupported_grant_type"),
                                           QStringLiteral("Unsupported grant_type."));
    SandboxResponse failure;
    const QString clientId = authenticateClient(request, form, &failure);
    if (clientId.isNull())
        return failure;
    return isCode ? exchangeCode(form, clientId) : refresh(form, clientId);
}

SandboxResponse TokenEndpoint::exchangeCode(const FormData &form, const QString &clientId)
{
    const QString codeValue = form.value(QStringLiteral("code"));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (codeValue.isEmpty())
        return invalidRequest(QStringLiteral("code is missing."));
    if (redirectUri.isEmpty())
        return invalidRequest(QStringLiteral("redirect_uri is missing."));
    AuthorizationCode *code = m_state.codes.find(codeValue);
    if (!code)
        return invalidGrant(QStringLiteral("Unknown authorization code."));
    if (code->used) {
        // RFC 6749 4.1.2: a code used twice revokes what was issued from it.
        if (code->grantId)
            m_state.tokens.revokeGrant(code->grantId);
        return invalidGrant(QStringLiteral("The authorization code was already used."));
    }
    code->used = true; // one attempt per code, successful or not
    if (QDateTime::currentMSecsSinceEpoch() >= code->expiresAtMs)
        return invalidGrant(QStringLiteral("The authorization code has expired."));
    if (code->clientId != clientId)
        return invalidGrant(QStringLiteral("The code was issued to another client."));
    if (code->redirectUri != redirectUri)
        return invalidGrant(QStringLiteral("redirect_uri differs from the authorization "
                                           "request."));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (code->codeChallenge.isEmpty()) {
        if (!verifier.isEmpty())
            return invalidGrant(QStringLiteral("code_verifier sent but the authorization had no "
                                               "code_challenge."));
    } else if (verifier.isEmpty()) {
        return invalidGrant(QStringLiteral("code_verifier is missing."));
    } else if (!Pkce::verifies(verifier, code->codeChallenge)) {
        return invalidGrant(QStringLiteral("code_verifier does not match the code_challenge."));
    }
    const PatientRecord *patient = m_state.patients.findByUsername(code->username);
    code->grantId = m_state.tokens.createGrant(code->username, clientId, code->scope);
    const bool withRefresh = m_state.config.issueRefreshTokens && patient && patient->refreshTokens;
    return tokens(code->grantId,
                  withRefresh ? m_state.tokens.issueRefreshToken(code->grantId) : QString());
}

SandboxResponse TokenEndpoint::refresh(const FormData &form, const QString &clientId)
{
    const QString refreshToken = form.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return invalidRequest(QStringLiteral("refresh_token is missing."));
    const Grant *grant = m_state.tokens.grantForRefreshToken(refreshToken);
    if (!grant)
        return invalidGrant(QStringLiteral("The refresh token is unknown, revoked or replaced."));
    if (grant->clientId != clientId)
        return invalidGrant(QStringLiteral("The refresh token was issued to another client."));
    if (form.contains(QStringLiteral("scope"))
        && form.value(QStringLiteral("scope")) != grant->scope)
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_scope"),
                                           QStringLiteral("The scope cannot be changed."));
    const int grantId = grant->id;
    if (!m_state.config.issueRefreshTokens)
        return tokens(grantId, {});
    if (!m_state.config.rotateRefreshTokens)
        return tokens(grantId, refreshToken);
    m_state.tokens.retireRefreshToken(refreshToken);
    return tokens(grantId, m_state.tokens.issueRefreshToken(grantId));
}

SandboxResponse TokenEndpoint::tokens(int grantId, const QString &refreshToken)
{
    const int expiresIn = m_state.config.expiresInSeconds;
    QJsonObject body { { QStringLiteral("access_token"),
                         m_state.tokens.issueAccessToken(grantId, expiresIn) },
                       { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                       { QStringLiteral("expires_in"), expiresIn },
                       { QStringLiteral("scope"), m_state.tokens.grant(grantId)->scope } };
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    return SandboxResponse::json(200, body)
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
}
