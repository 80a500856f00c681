#include "SandboxConfig.h"

#include <QJsonArray>

QString SandboxConfig::clientAuthName(ClientAuth auth)
{
    switch (auth) {
    case ClientAuth::None:
        return QStringLiteral("none");
    case ClientAuth::SecretBasic:
        return QStringLiteral("client_secret_basic");
    case ClientAuth::SecretPost:
        return QStringLiteral("client_secret_post");
    }
    return {};
}

bool SandboxConfig::clientAuthFromName(const QString &name, ClientAuth *auth)
{
    for (const ClientAuth candidate :
         { ClientAuth::None, ClientAuth::SecretBasic, ClientAuth::SecretPost }) {
        if (name == clientAuthName(candidate)) {
            *auth = candidate;
            return true;
        }
    }
    return false;
}

namespace {
bool readSeconds(const QJsonValue &value, int *seconds)
{
    // JSON numbers are doubles: accept whole numbers from 1 s to one day only.
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 1 || number > 86400 || number != double(qint64(number)))
        return false;
    *seconds = int(number);
    return true;
}
} // namespace

bool SandboxConfig::applyAdminChanges(const QJsonObject &changes, QString *error)
{
    SandboxConfig updated = *this;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool ok = false;
        if (key == QLatin1String("expiresIn")) {
            ok = readSeconds(value, &updated.expiresInSeconds);
        } else if (key == QLatin1String("codeLifetime")) {
            ok = readSeconds(value, &updated.codeLifetimeSeconds);
        } else if (key == QLatin1String("clientAuth")) {
            ok = value.isString() && clientAuthFromName(value.toString(), &updated.clientAuth);
        } else if (key == QLatin1String("pkce")) {
            ok = value.isString()
                && (value.toString() == QLatin1String("required")
                    || value.toString() == QLatin1String("optional"));
            updated.pkceRequired = value.toString() == QLatin1String("required");
        } else if (key == QLatin1String("rotateRefreshTokens")) {
            ok = value.isBool();
            updated.rotateRefreshTokens = value.toBool();
        } else if (key == QLatin1String("nhsLogin")) {
            ok = value.isBool();
            updated.nhsLogin = value.toBool();
        } else if (key == QLatin1String("issueRefreshTokens")) {
            ok = value.isBool();
            updated.issueRefreshTokens = value.toBool();
        } else if (key == QLatin1String("apiCookies")) {
            ok = value.isBool();
            updated.apiCookies = value.toBool();
        } else {
            *error = QStringLiteral("unknown key \"%1\"").arg(key);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("bad value for \"%1\"").arg(key);
            return false;
        }
    }
    *this = updated;
    return true;
}

QJsonObject SandboxConfig::toJson() const
{
    // No client secret here: admin answers are printed by test tools.
    return { { QStringLiteral("clientId"), clientId },
             { QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris) },
             { QStringLiteral("clientAuth"), clientAuthName(clientAuth) },
             { QStringLiteral("pkce"),
               pkceRequired ? QStringLiteral("required") : QStringLiteral("optional") },
             { QStringLiteral("rotateRefreshTokens"), rotateRefreshTokens },
             { QStringLiteral("issueRefreshTokens"), issueRefreshTokens },
             { QStringLiteral("apiCookies"), apiCookies },
             { QStringLiteral("expiresIn"), expiresInSeconds },
             { QStringLiteral("codeLifetime"), codeLifetimeSeconds },
             { QStringLiteral("nhsLogin"), nhsLogin } };
}
