#pragma once

#include "config/Environment.h"
#include "core/AppError.h"
#include "core/Result.h"
#include "core/TokenSet.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class AuthorizationRequest;
class PkbClient;
class TokenClient;
class TokenVault;
struct PatientDetails;
struct SessionClients;

// One try at linking: the authorization request (state, PKCE), then, given the redirect the
// grant view caught, the code exchange, the tokens into the keychain and the first details.
// Emits finished exactly once. The account is never left half-linked: if anything after the
// exchange fails, the tokens are removed again.
class LinkAttempt : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        WaitingForGrant,
        ExchangingCode,
        SavingTokens,
        WaitingForKeychain, // PKB's tokens are held in memory until the keychain can take them
        FetchingDetails,
        Done,
    };
    Q_ENUM(Stage)

    // Saves the link record for the patient PKB's details describe; an error leaves the
    // account unlinked (the attempt then removes the tokens again).
    using RecordLink = std::function<Status(const PatientDetails &details)>;

    // clients: the session's, which must outlive the attempt.
    LinkAttempt(const SessionClients &clients, const EnvironmentConfig &environment,
                RecordLink recordLink, QObject *parent = nullptr);
    ~LinkAttempt() override;

    QUrl authorizeUrl() const;
    QUrl redirectUri() const { return m_environment.redirectUri; }
    const EnvironmentConfig &environment() const { return m_environment; }
    Stage stage() const { return m_stage; }

    // True when redirect is well formed and carries this attempt's state (consumes nothing):
    // a redirect from outside the app that does not answer this attempt must not end it.
    bool answersRequest(const QUrl &redirect) const;
    // The grant view caught this navigation to the redirect URI (or the browser brought it).
    void complete(const QUrl &redirect);
    // The grant view failed (page could not load, certificate error) or the user cancelled;
    // while waiting for the keychain, the tokens held in memory are dropped.
    void abandon(const AppError &error);
    // In WaitingForKeychain: tries the keychain again with the tokens held in memory.
    void retrySavingTokens();

Q_SIGNALS:
    void stageChanged(LinkAttempt::Stage stage);
    // The keychain could not take PKB's tokens (locked, missing, not answering): they are held
    // in memory; retrySavingTokens() once the patient has unlocked or started it.
    void keychainNeeded(const AppError &error);
    // error.kind == None: linked, the session holds the details.
    void finished(const AppError &error);

private:
    // The steps after the redirect, in order.
    void exchangeCode(const QString &code);
    void saveTokens();
    void fetchDetails();
    // Any failure once PKB has given tokens: none may stay behind in the keychain.
    void dropTokens(const AppError &error);
    void setStage(Stage stage);
    void finish(const AppError &error);

    TokenClient *m_tokenClient;
    TokenVault *m_vault;
    PkbClient *m_pkb;
    RecordLink m_recordLink;
    EnvironmentConfig m_environment;
    std::unique_ptr<AuthorizationRequest> m_request;
    TokenSet m_tokens; // from the exchange until they are saved
    QElapsedTimer m_clock; // from the exchange to tokens saved, for the log
    Stage m_stage = Stage::WaitingForGrant;
    bool m_finished = false;
};
