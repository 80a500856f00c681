#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

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

    // Synchronous HTTP for tests: returns status, fills body.
    int get(const QString &pathAndQuery, QByteArray *body = nullptr,
            const QList<QPair<QByteArray, QByteArray>> &headers = {});
    int post(const QString &pathAndQuery, const QByteArray &payload, const QByteArray &contentType,
             QByteArray *body = nullptr, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    static QString executable();

private:
    int request(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &payload,
                const QByteArray &contentType, QByteArray *body,
                const QList<QPair<QByteArray, QByteArray>> &headers);

    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};
