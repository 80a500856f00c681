#pragma once

#include <QString>
#include <QUrl>

// The app's logging redaction rule: secrets are replaced by "<redacted>" before any message
// leaves the process. Over-redaction is acceptable; a leaked token is not.
class Redaction
{
public:
    Redaction() = delete;

    // Replaces the values of access_token, refresh_token, id_token, code, code_verifier,
    // code_challenge, client_secret, state and password in query strings and form bodies
    // (key=value, also percent-encoded key%3Dvalue), JSON ("key":"value", also escaped), and
    // the credentials after "Bearer " and "Basic ".
    static QString redact(QString text);

    // scheme://host:port/path, with every query value replaced by "<redacted>" (query values
    // may carry codes or patient data). No user info, no fragment.
    static QString safeUrl(const QUrl &url);

    // Installs a Qt message handler that applies redact() to every message and passes it on
    // to the handler that was installed before. Installing twice is harmless.
    // Also keeps Qt's categories that echo widget text (qt.accessibility.* and the like) off,
    // whatever QT_LOGGING_RULES says: redaction cannot recognise patient data.
    static void installMessageHandler();
    static bool isQuietCategory(const char *categoryName);

    static QString placeholder() { return QStringLiteral("<redacted>"); }
};
