#pragma once

#include "SandboxConfig.h"

#include <QByteArray>
#include <QString>

// A GET /apiAuthorize.action query checked against the client registration (RFC 6749 4.1.1,
// 4.1.2.1): a bad client_id or redirect_uri gets an error page, anything else bad is reported
// to the client by redirect.
class AuthorizationRequest
{
public:
    enum class Outcome { Valid, ErrorPage, ErrorRedirect };

    static AuthorizationRequest validate(const QByteArray &query, const SandboxConfig &config);

    Outcome outcome() const { return m_outcome; }
    bool isValid() const { return m_outcome == Outcome::Valid; }
    // For ErrorPage and ErrorRedirect: the OAuth error code and a human description.
    QString error() const { return m_error; }
    QString errorDescription() const { return m_errorDescription; }

    QString clientId() const { return m_clientId; }
    QString redirectUri() const { return m_redirectUri; }
    QString scope() const { return m_scope; }
    QString state() const { return m_state; }
    QString codeChallenge() const { return m_codeChallenge; }

    // The redirect for ErrorRedirect: redirect_uri?error=..&error_description=..[&state=..]
    QByteArray errorLocation() const;
    // The redirect after the patient decided: ?code=..[&state=..] or ?error=access_denied.
    QByteArray codeLocation(const QString &code) const;
    QByteArray deniedLocation() const;

private:
    AuthorizationRequest &fail(Outcome outcome, const QString &error, const QString &description);
    QByteArray location(QList<std::pair<QString, QString>> pairs) const;

    Outcome m_outcome = Outcome::Valid;
    QString m_error;
    QString m_errorDescription;
    QString m_clientId;
    QString m_redirectUri;
    QString m_scope;
    QString m_state;
    QString m_codeChallenge;
};
