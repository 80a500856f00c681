#pragma once

#include <QString>

// Whether the grant page offers signing in with the patient's own web browser (RFC 8252), as
// pkb/browserSignIn says: "off" (never), "offered" (a button on the grant page) or "default"
// (linking starts in the browser; the patient can still use the grant view). Kiosks never
// offer it. An unknown value counts as "off", so a mistyped policy never opens a browser.
enum class BrowserSignInMode { Off, Offered, Default };

BrowserSignInMode parseBrowserSignInMode(const QString &name);
QString browserSignInModeName(BrowserSignInMode mode);
