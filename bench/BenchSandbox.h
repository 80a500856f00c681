#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class SandboxProcess;

// The pkb-sandbox a benchmark talks to: the one at --pkb-url (bench/run.sh starts one for all
// runs) or, without it, one this process starts through tests/support's SandboxProcess. Also the
// facts of the seeded patient every benchmark uses and the client the sandbox registers.
class BenchSandbox
{
public:
    BenchSandbox();
    ~BenchSandbox();
    BenchSandbox(const BenchSandbox &) = delete;
    BenchSandbox &operator=(const BenchSandbox &) = delete;

    // Uses givenUrl when valid, else starts a sandbox. False with errorString() on failure.
    bool open(const QUrl &givenUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

    QUrl endpoint(const QString &path) const;
    // The authorize URL the app would build (scope PATIENT, S256 challenge of codeVerifier).
    QUrl authorizeUrl(const QString &state, const QString &codeVerifier) const;

    static QString clientId() { return QStringLiteral("pkb-link-local"); }
    static QString redirectUri() { return QStringLiteral("http://127.0.0.1/pkb-link/callback"); }
    static QString patientUserName() { return QStringLiteral("alice.patient"); }
    static QString patientPassword() { return QStringLiteral("Sandbox-Alice-1"); }
    static QString patientNhsNumberShown() { return QStringLiteral("999 156 6171"); }

    // A fresh PKCE verifier and its S256 challenge (RFC 7636).
    static QString newCodeVerifier();
    static QString codeChallenge(const QString &codeVerifier);

private:
    std::unique_ptr<SandboxProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
};
