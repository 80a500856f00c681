#include "auth/OAuthError.h"

#include "core/Redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthError", text);
}

using Kind = AppError::Kind;

QString describe(TokenGrant grant, int httpStatus, const QString &error, const QString &description)
{
    QString detail = QStringLiteral("token endpoint (%1): HTTP %2")
                         .arg(OAuthError::grantTypeName(grant))
                         .arg(httpStatus);
    if (!error.isEmpty())
        detail += QStringLiteral(" %1").arg(error);
    if (!description.isEmpty())
        detail += QStringLiteral(": %1").arg(description);
    return detail;
}
} // namespace

QString OAuthError::grantTypeName(TokenGrant grant)
{
    switch (grant) {
    case TokenGrant::AuthorizationCode:
        return QStringLiteral("authorization_code");
    case TokenGrant::RefreshToken:
        return QStringLiteral("refresh_token");
    }
    return {};
}

QString OAuthError::sanitized(const QString &text, int maxLength)
{
    QString clean;
    clean.reserve(qMin(text.size(), qsizetype(maxLength) + 1));
    for (const QChar c : text) {
        if (clean.size() >= maxLength) {
            clean += QStringLiteral("...");
            break;
        }
        const char16_t u = c.unicode();
        clean += (u >= 0x20 && u <= 0x7e && u != u'"' && u != u'\\') ? c : QLatin1Char('?');
    }
    return Redaction::redact(clean);
}

AppError OAuthError::fromAuthorizationError(const QString &error, const QString &description)
{
    const QString code = sanitized(error, 64);
    const QString detail =
        QStringLiteral("authorization error %1%2")
            .arg(code,
                 description.isEmpty() ? QString() : QStringLiteral(": ") + sanitized(description));
    if (error == QLatin1String("access_denied"))
        return AppError::make(Kind::AccessDenied,
                              tr("You chose not to give PKB Link access. You can connect later."),
                              detail);
    if (error == QLatin1String("server_error") || error == QLatin1String("temporarily_unavailable"))
        return AppError::make(Kind::Server,
                              tr("PKB could not complete the request right now. Please try again "
                                 "in a few minutes."),
                              detail, true);
    return AppError::make(
        Kind::OAuth,
        tr("PKB could not give PKB Link access. Please try again, or contact support if it "
           "keeps happening."),
        detail);
}

AppError OAuthError::fromTokenEndpoint(TokenGrant grant, int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const bool isOAuthError = parseError.error == QJsonParseError::NoError && document.isObject()
        && object.value(QStringLiteral("error")).isString()
        && !object.value(QStringLiteral("error")).toString().isEmpty();
    const QString error =
        isOAuthError ? sanitized(object.value(QStringLiteral("error")).toString(), 64) : QString();
    const QJsonValue descriptionValue = object.value(QStringLiteral("error_description"));
    const QString description = isOAuthError && descriptionValue.isString()
        ? sanitized(descriptionValue.toString())
        : QString();
    const QString detail = describe(grant, httpStatus, error, description);

    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client")
        || (httpStatus == 401 && error != QLatin1String("invalid_grant")))
        return AppError::make(Kind::Configuration,
                              tr("PKB did not accept this app's client id or secret. Check "
                                 "Settings or ask your administrator."),
                              detail);
    if (error == QLatin1String("invalid_grant")) {
        if (grant == TokenGrant::RefreshToken)
            return AppError::make(Kind::GrantRevoked,
                                  tr("PKB has ended this app's access. Please grant access again."),
                                  detail);
        return AppError::make(
            Kind::OAuth,
            tr("The sign-in code was already used or has expired. Please connect again."), detail);
    }
    if (error == QLatin1String("temporarily_unavailable") || error == QLatin1String("server_error")
        || httpStatus >= 500)
        return AppError::make(Kind::Server,
                              tr("PKB is having problems right now. Please try again in a few "
                                 "minutes."),
                              detail, true);
    if (httpStatus == 429)
        return AppError::make(Kind::Throttled,
                              tr("PKB is busy. Please wait a minute and try again."), detail, true);
    if (!isOAuthError)
        return AppError::make(Kind::Server,
                              tr("PKB gave an answer PKB Link did not expect. Please try again "
                                 "later."),
                              detail + QStringLiteral(" (body is not an OAuth error object)"));
    return AppError::make(Kind::OAuth,
                          tr("PKB refused the request to connect. Please try again, or contact "
                             "support if it keeps happening."),
                          detail);
}
