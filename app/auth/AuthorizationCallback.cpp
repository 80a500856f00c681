#include "auth/AuthorizationCallback.h"

#include "auth/AuthorizationRequest.h"
#include "auth/OAuthError.h"
#include "auth/RedirectMatcher.h"
#include "config/Environment.h"
#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AuthorizationCallback", text);
}

AppError invalid(const QString &detail)
{
    qCWarning(lcAuth) << "authorization callback rejected:" << detail;
    return AppError::make(AppError::Kind::InvalidCallback,
                          tr("PKB's answer could not be checked. Please try again."),
                          QStringLiteral("callback: ") + detail);
}

const QStringList &oauthNames()
{
    static const QStringList names {
        QStringLiteral("code"),      QStringLiteral("state"),
        QStringLiteral("error"),     QStringLiteral("error_description"),
        QStringLiteral("error_uri"), QStringLiteral("iss")
    };
    return names;
}

// application/x-www-form-urlencoded decoding of one key or value: '+' is a space.
QString formDecoded(QStringView encoded)
{
    QByteArray bytes = encoded.toLatin1();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// Parameter names are plain tokens; anything else ("code ", "code\0") is an encoding trick.
bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-' || u == u'.' || u == u'~';
        if (!plain)
            return false;
    }
    return true;
}

bool hasControlOrInvalid(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0xfffd)
            return true;
    }
    return false;
}

// RFC 6749 says a code is visible ASCII; URL delimiters in a decoded code can only come from
// encoding tricks, so they are refused rather than passed on to the token endpoint.
bool isPlausibleCode(const QString &code)
{
    static const QString forbidden = QStringLiteral("&#%?\"'<>\\`");
    for (const QChar c : code) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e || forbidden.contains(c))
            return false;
    }
    return true;
}

// The checks of the redirect's form: exactly our redirect URI, a query of single, plain,
// bounded parameters. Fills parameters (OAuth names in lower case).
AppError readParameters(const QUrl &callbackUrl, const AuthorizationRequest &request,
                        QHash<QString, QString> *parameters)
{
    if (!RedirectMatcher(request.redirectUri()).matchesExactly(callbackUrl))
        return invalid(QStringLiteral("URL is not exactly the registered redirect URI"));
    if (!callbackUrl.fragment(QUrl::FullyEncoded).isEmpty())
        return invalid(QStringLiteral("URL has a fragment"));
    if (!callbackUrl.hasQuery())
        return invalid(QStringLiteral("URL has no query"));
    const QString query = callbackUrl.query(QUrl::FullyEncoded);
    if (query.size() > AuthorizationCallback::MaxQueryLength)
        return invalid(QStringLiteral("query longer than %1 characters")
                           .arg(AuthorizationCallback::MaxQueryLength));

    const auto parts = QStringView(query).split(QLatin1Char('&'));
    for (const QStringView part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString key = formDecoded(equals < 0 ? part : part.left(equals));
        const QString value = equals < 0 ? QString() : formDecoded(part.mid(equals + 1));
        const QString lowerKey = key.toLower();
        const bool isOAuthName = oauthNames().contains(lowerKey);
        const QString shownKey = isOAuthName ? lowerKey : QStringLiteral("(other)");
        if (isOAuthName && key != lowerKey)
            return invalid(QStringLiteral("parameter %1 in another case").arg(shownKey));
        if (!isPlainName(key))
            return invalid(QStringLiteral("a parameter name is not a plain name"));
        if (parameters->contains(lowerKey))
            return invalid(QStringLiteral("parameter %1 appears more than once").arg(shownKey));
        if (value.isEmpty())
            return invalid(QStringLiteral("parameter %1 is empty").arg(shownKey));
        if (value.size() > AuthorizationCallback::MaxParameterLength)
            return invalid(QStringLiteral("parameter %1 longer than %2 characters")
                               .arg(shownKey)
                               .arg(AuthorizationCallback::MaxParameterLength));
        // error_description is free text for support: sanitized later instead of refused.
        if (lowerKey != QLatin1String("error_description") && hasControlOrInvalid(value))
            return invalid(QStringLiteral("parameter %1 has control characters").arg(shownKey));
        parameters->insert(lowerKey, value);
    }

    return {};
}
} // namespace

Result<QString> AuthorizationCallback::validate(const QUrl &callbackUrl,
                                                AuthorizationRequest &request)
{
    QHash<QString, QString> parameters;
    if (const AppError malformed = readParameters(callbackUrl, request, &parameters))
        return malformed;

    const QString state = parameters.value(QStringLiteral("state"));
    const QString code = parameters.value(QStringLiteral("code"));
    const QString error = parameters.value(QStringLiteral("error"));
    if (!error.isEmpty() && !code.isEmpty())
        return invalid(QStringLiteral("both code and error"));
    if (error.isEmpty() && code.isEmpty())
        return invalid(QStringLiteral("no code"));
    if (!error.isEmpty() && error.size() > 64)
        return invalid(QStringLiteral("error longer than 64 characters"));
    if (!code.isEmpty() && !isPlausibleCode(code))
        return invalid(QStringLiteral("code has characters a code cannot have"));
    if (state.isEmpty())
        return invalid(error.isEmpty() ? QStringLiteral("no state")
                                       : QStringLiteral("error without state (possible forgery)"));
    if (request.isStateConsumed())
        return invalid(QStringLiteral("state was already used"));
    if (!request.consumeState(state))
        return invalid(error.isEmpty()
                           ? QStringLiteral("state does not match")
                           : QStringLiteral("error with a state that does not match (possible "
                                            "forgery)"));
    // RFC 9207: an issuer other than ours means the response is from another server.
    if (parameters.contains(QStringLiteral("iss"))
        && normalizedIssuer(parameters.value(QStringLiteral("iss"))) != request.issuer())
        return invalid(QStringLiteral("iss is not the environment's issuer (possible mix-up)"));

    if (!error.isEmpty()) {
        const AppError mapped = OAuthError::fromAuthorizationError(
            error, parameters.value(QStringLiteral("error_description")));
        qCInfo(lcAuth) << "authorization ended with an OAuth error:" << mapped.technicalDetail;
        return mapped;
    }
    qCDebug(lcAuth) << "authorization callback accepted; code length" << code.size();
    return code;
}

bool AuthorizationCallback::answers(const QUrl &callbackUrl, const AuthorizationRequest &request)
{
    QHash<QString, QString> parameters;
    if (readParameters(callbackUrl, request, &parameters))
        return false;
    return !request.isStateConsumed()
        && request.stateMatches(parameters.value(QStringLiteral("state")));
}
