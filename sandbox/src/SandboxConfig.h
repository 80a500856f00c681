#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The behaviour switches of pkb-sandbox: set from the command line at start-up and changed at
// run time through POST /__admin/config (see README.md).
struct SandboxConfig
{
    enum class ClientAuth { None, SecretBasic, SecretPost };

    QString clientId = QStringLiteral("pkb-link-local");
    QString clientSecret = QStringLiteral("local-secret");
    QStringList redirectUris = { QStringLiteral("http://127.0.0.1/pkb-link/callback"),
                                 QStringLiteral("http://127.0.0.1/pkb-link/browser-callback"),
                                 QStringLiteral("pkblink://oauth/callback") };
    ClientAuth clientAuth = ClientAuth::None;
    bool pkceRequired = false;
    bool rotateRefreshTokens = true;
    bool issueRefreshTokens = true;
    int expiresInSeconds = 600;
    int codeLifetimeSeconds = 60;
    bool adminEnabled = true;
    // The login page offers "Log in with NHS login" (the identity-provider stand-in).
    bool nhsLogin = false;
    // A registered http://127.0.0.1/... without a port accepts any port (RFC 8252 7.3). Off:
    // every redirect URI must be registered exactly, port included, as PKB documents.
    bool loopbackAnyPort = false;
    // API answers (token, users/self, FHIR) set a JSESSIONID cookie, as some PKB proxies do.
    bool apiCookies = false;

    static QString clientAuthName(ClientAuth auth);
    static bool clientAuthFromName(const QString &name, ClientAuth *auth);

    // Applies the keys of an admin request; on a bad key or value returns false, sets *error
    // and leaves the configuration unchanged.
    bool applyAdminChanges(const QJsonObject &changes, QString *error);
    QJsonObject toJson() const;
};
