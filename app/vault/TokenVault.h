#pragma once

#include "config/Environment.h"
#include "core/AccessTokenProvider.h"
#include "core/Result.h"
#include "core/TokenSet.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class SecretStore;
class TokenRefresher;

// The tokens of one signed-in account (app_user_id) in one PKB environment: kept in the OS
// keychain (through a SecretStore, i.e. KeychainStore) and handed out fresh. Exactly one refresh
// runs at a time; callers arriving meanwhile wait for its result. A rotated refresh token is saved
// in the keychain before anyone gets the new access token. invalid_grant ends the link
// (GrantAgain): the dead tokens are deleted. Transient refresh failures are retried with capped
// exponential backoff and never touch the saved refresh token. Every callback runs exactly once,
// later (never synchronously), unless its context is destroyed first. store and remove replace the
// account's tokens: a refresh still running for the old tokens is then ignored. No token is ever
// logged.
class TokenVault : public QObject, public AccessTokenProvider
{
    Q_OBJECT
public:
    // What this vault holds of the account's tokens (from the keychain or a new grant).
    enum class TokenState {
        Unknown, // not loaded yet
        NotLinked, // no tokens saved
        Linked,
        GrantAgain, // the grant ended (revoked, or expired without a refresh token)
    };
    Q_ENUM(TokenState)

    // Transient refresh failures: attempt n+1 waits min(initialDelayMs * 2^(n-1), maxDelayMs).
    struct RetryPolicy
    {
        int initialDelayMs = 500;
        int maxDelayMs = 8000;
        int maxAttempts = 4; // refresh calls in all, the first included
    };

    using StatusCallback = std::function<void(const Status &)>;

    // store must outlive the vault; refresher too.
    TokenVault(SecretStore *store, const EnvironmentConfig &environment, const QString &appUserId,
               TokenRefresher *refresher, QObject *parent = nullptr);
    ~TokenVault() override;

    // tokens/<environment id>/<token origin>/<app_user_id>, each part percent-encoded; the
    // origin is the token endpoint's "scheme://host:port" (EnvironmentConfig::tokenOrigin).
    static QString keychainKey(const EnvironmentConfig &environment, const QString &appUserId);
    // The key of earlier versions (host only, no port): moved to keychainKey() on first read.
    static QString legacyKeychainKey(const EnvironmentConfig &environment,
                                     const QString &appUserId);
    QString keychainKey() const { return m_key; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    TokenState tokenState() const { return m_state; }
    // Linked, but PKB gave no refresh token: the patient must grant again at expiry.
    bool willNeedGrantAtExpiry() const;
    QDateTime accessTokenExpiresAt() const { return m_tokens.accessTokenExpiresAt; }
    QString scope() const { return m_tokens.scope; }
    // Why the link ended (state GrantAgain), for the UI.
    const AppError &grantEndReason() const { return m_grantEndReason; }

    // Reads the keychain unless this vault already holds tokens. State becomes Linked or
    // NotLinked; a damaged entry gives Storage and GrantAgain; KeychainUnavailable keeps Unknown.
    void load(QObject *context, StatusCallback callback);
    // The tokens of a new grant. In memory at once (state Linked), then saved.
    void store(const TokenSet &tokens, QObject *context, StatusCallback callback);
    // Unlink: forgets the tokens and deletes every keychain entry of this account.
    void remove(QObject *context, StatusCallback callback);

    // A refresh sent to PKB, or the saving of its result, is under way.
    bool hasWorkInFlight() const;
    // The session ends: nobody is served any more, but work in flight is let finish, so a
    // refresh token PKB has just rotated still reaches the keychain. The vault then deletes
    // itself (at once when idle). Whatever it uses (store, refresher) must outlive that.
    void retire();

    // AccessTokenProvider
    void withFreshAccessToken(QObject *context, Callback callback) override;
    void markAccessTokenRejected(const QString &accessToken) override;

Q_SIGNALS:
    void tokenStateChanged(TokenVault::TokenState state);
    // The link ended (invalid_grant, or expiry without a refresh token); reason says why.
    void grantEnded(const AppError &reason);

private:
    enum class Activity { Idle, Loading, Refreshing, Saving, Ending };
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void serveWaiters();
    void succeedWaiters(const QString &accessToken);
    void failWaiters(const AppError &error);
    void startLoad();
    void migrateLegacyEntry(quint64 generation);
    void onLoaded(const Result<std::optional<QByteArray>> &result);
    void removeLegacyEntry();
    void finishLoad(const Status &status);
    void startRefresh();
    void requestRefresh();
    void onRefreshed(quint64 generation, const QString &usedRefreshToken,
                     const Result<TokenSet> &result);
    void saveRefreshedTokens(bool rotated);
    void saveUnsavedTokens();
    void endGrant(const AppError &reason);
    void replaceTokens(const TokenSet &tokens, TokenState state);
    void setState(TokenState state);
    void setActivity(Activity activity);
    int retryDelayMs(int failedAttempts) const;
    AppError keyError() const;
    template<typename T>
    void deliver(QObject *context, const std::function<void(const T &)> &callback, const T &value);

    static AppError notLinkedError();
    static AppError noRefreshTokenError();

    SecretStore *m_store;
    TokenRefresher *m_refresher;
    EnvironmentConfig m_environment;
    QString m_key;
    QString m_legacyKey;
    TokenSet m_tokens;
    TokenState m_state = TokenState::Unknown;
    Activity m_activity = Activity::Idle;
    // Bumped whenever the account's tokens are replaced (store, remove, end of grant): results
    // of work started for older tokens are then ignored.
    quint64 m_generation = 0;
    bool m_refreshTokenUnsaved = false; // the keychain lacks the refresh token in memory
    bool m_retired = false;
    int m_refreshAttempts = 0;
    RetryPolicy m_retryPolicy;
    QTimer m_retryTimer;
    AppError m_grantEndReason;
    QList<Waiter> m_waiters;
    QList<std::pair<QPointer<QObject>, StatusCallback>> m_loadCallbacks;
};
