#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>

class AuthorizationRequest;

// Checks the redirect PKB sent back (caught before it reached the network) against the
// request it answers, and gives the authorization code or a typed error.
//
// Rules: the URL is exactly the registered redirect URI (RedirectMatcher::matchesExactly), no
// fragment; the query is at most MaxQueryLength characters, no parameter value is empty or
// longer than MaxParameterLength, no parameter appears twice (after decoding, and regardless of
// case for the OAuth names); exactly one state, matching the request's in constant time and
// consumed by the match; exactly one code, of visible ASCII without URL delimiters; error=...
// only with the matching state (otherwise it may be forged) and never together with a code;
// an "iss" (RFC 9207) equal to the environment's issuer after normalizedIssuer(), else the
// response came from another authorization server (a mix-up) and is refused as forged.
class AuthorizationCallback
{
public:
    AuthorizationCallback() = delete;

    static constexpr int MaxParameterLength = 2048;
    static constexpr int MaxQueryLength = 8192;

    static Result<QString> validate(const QUrl &callbackUrl, AuthorizationRequest &request);
    // True when validate() would get as far as the state and find it matching, without
    // consuming it: a redirect that answers this request (a browser sign-in ignores any other).
    static bool answers(const QUrl &callbackUrl, const AuthorizationRequest &request);
};
