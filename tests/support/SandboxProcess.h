#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

// Starts pkb-sandbox as a child process on a random loopback port and talks to its admin API
// (see sandbox/README.md). Synchronous helpers: for tests only.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Extra command-line flags, e.g. {"--client-auth", "client_secret_basic"}.
    bool start(const QStringList &extraArguments = {});
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    // The identity-provider stand-in's origin (its own port), as the sandbox printed it.
    QUrl providerUrl() const { return m_providerUrl; }
    QString errorString() const { return m_error; }

    // Admin API. Each returns true on a 2xx answer.
    bool configure(const QJsonObject &config); // POST /__admin/config
    bool addFault(const QString &endpoint, const QString &kind, int value = 0, int times = -1);
    bool clearFaults();
    bool revoke(const QString &username);
    bool expireAccessTokens();
    bool reset();
    // How many requests the sandbox received for this exact path (e.g. "/pkb-link/callback").
    int requestCount(const QString &path);
    QJsonObject requestCounts();
    // The Cookie headers API requests arrived with (see the sandbox's apiCookies switch).
    QStringList apiCookiesReceived();

    // Synchronous HTTP for tests: returns status, fills body.
    int get(const QString &pathAndQuery, QByteArray *body = nullptr,
            const QList<QPair<QByteArray, QByteArray>> &headers = {});
    int post(const QString &pathAndQuery, const QByteArray &payload, const QByteArray &contentType,
             QByteArray *body = nullptr, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    static QString executable();

    // A full answer: status (0 when no HTTP answer came), body, headers and the network error
    // (e.g. RemoteHostClosedError when a "drop" fault closed the connection).
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray &name) const; // case-insensitive, first match
        QJsonObject json() const;
    };
    // Any request; redirects are not followed. A relative path is resolved against baseUrl().
    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &payload = {},
               const QByteArray &contentType = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 20000);

    // The client registration this sandbox was started with (--client-id, first --redirect-uri,
    // --client-auth, --client-secret) or the defaults.
    QString clientId() const;
    QString redirectUri() const;

    // A valid authorization URL for that client and redirect URI (scope PATIENT); with a
    // challenge, code_challenge_method=S256 is added.
    QUrl authorizeUrl(const QString &state = QStringLiteral("state"),
                      const QString &codeChallenge = {}) const;
    // Walks the login and grant forms over plain HTTP (own cookie jar, no redirect following)
    // and returns the Location of the final 302 to the redirect URI (code or error). On failure
    // returns an empty QUrl and sets errorString().
    QUrl authorizeWithoutBrowser(const QUrl &authorizeUrl, const QString &username,
                                 const QString &password, bool allow = true);
    // authorizeWithoutBrowser(authorizeUrl()) plus the token exchange (client authentication as
    // the sandbox was started; PKCE only when started with --pkce required). The token response,
    // or {} and errorString().
    QJsonObject obtainTokens(const QString &username, const QString &password);

    // Everything the sandbox wrote to stderr so far (its request log).
    QByteArray standardError();

    // Codes and access tokens expire on the sandbox's clock, seconds after it issued them: a
    // check that one has expired must let that much real time pass (1 s is the shortest
    // lifetime the sandbox takes). sinceIssued was started once the answer carrying it arrived.
    static void waitOutLifetime(const QElapsedTimer &sinceIssued, int seconds);

private:
    QString argumentValue(const QString &flag, const QString &fallback) const;
    Reply sendWith(QNetworkAccessManager &manager, const QByteArray &verb, const QUrl &url,
                   const QByteArray &payload, const QByteArray &contentType,
                   const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs);

    int request(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &payload,
                const QByteArray &contentType, QByteArray *body,
                const QList<QPair<QByteArray, QByteArray>> &headers);

    QProcess m_process;
    QUrl m_baseUrl;
    QUrl m_providerUrl;
    QString m_error;
    QStringList m_arguments;
    QByteArray m_standardError;
};
