#pragma once

#include "core/AppError.h"

#include <QByteArray>
#include <QString>

enum class TokenGrant { AuthorizationCode, RefreshToken };

// Turns OAuth 2.0 error answers (RFC 6749 4.1.2.1 on the redirect, 5.2 from the token endpoint)
// into typed AppErrors with a message for the patient and a sanitized technical detail.
class OAuthError
{
public:
    OAuthError() = delete;

    static constexpr int MaxTextLength = 200;

    // Printable ASCII only (RFC 6749 allows nothing else in error and error_description),
    // secrets redacted, at most maxLength characters.
    static QString sanitized(const QString &text, int maxLength = MaxTextLength);

    // The redirect carried error=...: access_denied is the patient's choice, the rest is OAuth.
    static AppError fromAuthorizationError(const QString &error, const QString &description);

    // The token endpoint answered with an RFC 6749 5.2 error. body may be anything: a body that
    // is not an OAuth error object still gives a typed error.
    static AppError fromTokenEndpoint(TokenGrant grant, int httpStatus, const QByteArray &body);

    static QString grantTypeName(TokenGrant grant);
};
