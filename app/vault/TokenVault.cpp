#include "vault/TokenVault.h"

#include "core/LogCategories.h"
#include "core/TokenRefresher.h"
#include "vault/SecretStore.h"
#include "vault/TokenSetCodec.h"

#include <QUrl>

namespace {
QString keyPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

TokenVault::TokenVault(SecretStore *store, const EnvironmentConfig &environment,
                       const QString &appUserId, TokenRefresher *refresher, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_refresher(refresher)
    , m_environment(environment)
{
    Q_ASSERT(store);
    Q_ASSERT(refresher);
    if (!appUserId.trimmed().isEmpty() && !environment.id.isEmpty()
        && !environment.tokenOrigin().isEmpty()) {
        m_key = keychainKey(environment, appUserId);
        m_legacyKey = legacyKeychainKey(environment, appUserId);
    }
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TokenVault::requestRefresh);
}

TokenVault::~TokenVault()
{
    // Nobody waits forever: callers still waiting hear that the account went away.
    const AppError gone = AppError::make(AppError::Kind::Cancelled,
                                         tr("You were signed out before PKB Link could finish."),
                                         QStringLiteral("token vault destroyed"));
    failWaiters(gone);
    const auto loadCallbacks = std::exchange(m_loadCallbacks, {});
    for (const auto &[context, callback] : loadCallbacks) {
        if (context)
            deliver<Status>(context, callback, gone);
    }
}

QString TokenVault::keychainKey(const EnvironmentConfig &environment, const QString &appUserId)
{
    return QStringLiteral("tokens/") + keyPart(environment.id) + QLatin1Char('/')
        + keyPart(environment.tokenOrigin()) + QLatin1Char('/') + keyPart(appUserId);
}

QString TokenVault::legacyKeychainKey(const EnvironmentConfig &environment,
                                      const QString &appUserId)
{
    return QStringLiteral("tokens/") + keyPart(environment.id) + QLatin1Char('/')
        + keyPart(environment.baseUrl.host().toLower()) + QLatin1Char('/') + keyPart(appUserId);
}

bool TokenVault::willNeedGrantAtExpiry() const
{
    return m_state == TokenState::Linked && !m_tokens.hasRefreshToken()
        && !m_tokens.accessToken.isEmpty();
}

template<typename T>
void TokenVault::deliver(QObject *context, const std::function<void(const T &)> &callback,
                         const T &value)
{
    // Queued on the context: never synchronous, dropped if the context dies first.
    QMetaObject::invokeMethod(
        context ? context : this, [callback, value] { callback(value); }, Qt::QueuedConnection);
}

void TokenVault::load(QObject *context, StatusCallback callback)
{
    if (m_key.isEmpty()) {
        deliver<Status>(context, callback, keyError());
        return;
    }
    if (m_activity == Activity::Loading) {
        m_loadCallbacks.append({ context ? context : this, callback });
        return;
    }
    if (m_state == TokenState::Linked || m_activity != Activity::Idle) {
        deliver<Status>(context, callback, Done {});
        return;
    }
    m_loadCallbacks.append({ context ? context : this, callback });
    startLoad();
}

void TokenVault::startLoad()
{
    setActivity(Activity::Loading);
    const quint64 generation = m_generation;
    m_store->read(m_key, this, [this, generation](const Result<std::optional<QByteArray>> &result) {
        if (generation != m_generation) {
            // store or remove came first: what is in memory is newer.
            setActivity(Activity::Idle);
            finishLoad(Done {});
            return;
        }
        if (result.ok() && !result.value() && !m_legacyKey.isEmpty()) {
            migrateLegacyEntry(generation);
            return;
        }
        onLoaded(result);
    });
}

// An entry saved under the old key (no port) is moved once to the origin's key, so links made
// by earlier versions survive; it is written under the new key before the old one is deleted.
void TokenVault::migrateLegacyEntry(quint64 generation)
{
    m_store->read(m_legacyKey, this,
                  [this, generation](const Result<std::optional<QByteArray>> &legacy) {
                      if (generation != m_generation) {
                          setActivity(Activity::Idle);
                          finishLoad(Done {});
                          return;
                      }
                      if (!legacy.ok() || !legacy.value()) {
                          onLoaded(legacy);
                          return;
                      }
                      const QByteArray saved = *legacy.value();
                      m_store->write(m_key, saved, this, [this](const Status &status) {
                          if (status.ok())
                              m_store->remove(m_legacyKey, this, [](const Status &) {});
                          else
                              qCWarning(lcVault) << "could not move the saved tokens to their "
                                                    "origin's key:"
                                                 << status.error().technicalDetail;
                      });
                      qCInfo(lcVault) << "saved tokens moved from the host key to the origin key";
                      onLoaded(legacy);
                  });
}

void TokenVault::removeLegacyEntry()
{
    if (!m_legacyKey.isEmpty())
        m_store->remove(m_legacyKey, this, [](const Status &) {});
}

void TokenVault::onLoaded(const Result<std::optional<QByteArray>> &result)
{
    setActivity(Activity::Idle);
    if (!result.ok()) {
        finishLoad(result.error());
        return;
    }
    if (!result.value()) {
        setState(TokenState::NotLinked);
        finishLoad(Done {});
        return;
    }
    const Result<TokenSet> decoded = TokenSetCodec::decode(*result.value());
    if (!decoded.ok()) {
        qCWarning(lcVault) << "saved tokens unreadable:" << decoded.error().technicalDetail;
        // For token users the link has ended; load() says why in detail.
        m_grantEndReason = AppError::make(AppError::Kind::GrantRevoked, decoded.error().userMessage,
                                          decoded.error().technicalDetail);
        setState(TokenState::GrantAgain);
        Q_EMIT grantEnded(m_grantEndReason);
        finishLoad(decoded.error());
        return;
    }
    m_tokens = decoded.value();
    m_refreshTokenUnsaved = false;
    setState(TokenState::Linked);
    finishLoad(Done {});
}

void TokenVault::finishLoad(const Status &status)
{
    const auto callbacks = std::exchange(m_loadCallbacks, {});
    for (const auto &[context, callback] : callbacks) {
        if (context)
            deliver<Status>(context, callback, status);
    }
    // A keychain error leaves the state Unknown: fail the waiters rather than load again.
    if (!status.ok() && m_state == TokenState::Unknown)
        failWaiters(status.error());
    else
        serveWaiters();
}

void TokenVault::store(const TokenSet &tokens, QObject *context, StatusCallback callback)
{
    if (m_key.isEmpty()) {
        deliver<Status>(context, callback, keyError());
        return;
    }
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty()) {
        deliver<Status>(context, callback,
                        AppError::make(AppError::Kind::InvalidInput,
                                       tr("PKB gave no access to save. Grant access again."),
                                       QStringLiteral("store() called with an empty TokenSet")));
        return;
    }
    replaceTokens(tokens, TokenState::Linked);
    m_refreshTokenUnsaved = true;
    const quint64 generation = m_generation;
    const QPointer<QObject> guard(context ? context : this);
    m_store->write(m_key, TokenSetCodec::encode(tokens), this,
                   [this, generation, guard, callback](const Status &status) {
                       if (status.ok() && generation == m_generation)
                           m_refreshTokenUnsaved = false;
                       if (guard)
                           deliver<Status>(guard, callback, status);
                       serveWaiters();
                   });
    serveWaiters();
}

void TokenVault::remove(QObject *context, StatusCallback callback)
{
    if (m_key.isEmpty()) {
        deliver<Status>(context, callback, keyError());
        return;
    }
    replaceTokens({}, TokenState::NotLinked);
    const QPointer<QObject> guard(context ? context : this);
    m_store->remove(m_key, this, [this, guard, callback](const Status &status) {
        if (guard)
            deliver<Status>(guard, callback, status);
    });
    removeLegacyEntry();
    serveWaiters();
}

void TokenVault::replaceTokens(const TokenSet &tokens, TokenState state)
{
    ++m_generation;
    m_tokens = tokens;
    m_refreshTokenUnsaved = false;
    m_grantEndReason = {};
    if (m_retryTimer.isActive()) {
        // Waiting to retry a refresh of the old tokens: drop it.
        m_retryTimer.stop();
        setActivity(Activity::Idle);
    }
    setState(state);
}

void TokenVault::withFreshAccessToken(QObject *context, Callback callback)
{
    m_waiters.append({ context ? context : this, std::move(callback) });
    serveWaiters();
}

void TokenVault::markAccessTokenRejected(const QString &accessToken)
{
    if (accessToken.isEmpty() || accessToken != m_tokens.accessToken)
        return; // an older token: the current one may still be good
    qCInfo(lcVault) << "PKB rejected the access token; the next use refreshes first";
    m_tokens.accessToken.clear();
}

void TokenVault::serveWaiters()
{
    if (m_waiters.isEmpty() || m_activity != Activity::Idle)
        return;
    if (m_key.isEmpty()) {
        failWaiters(keyError());
        return;
    }
    switch (m_state) {
    case TokenState::Unknown:
        startLoad();
        return;
    case TokenState::NotLinked:
        failWaiters(notLinkedError());
        return;
    case TokenState::GrantAgain:
        failWaiters(m_grantEndReason.isError() ? m_grantEndReason : notLinkedError());
        return;
    case TokenState::Linked:
        break;
    }
    if (m_refreshTokenUnsaved) {
        saveUnsavedTokens();
        return;
    }
    if (m_tokens.isAccessTokenValidFor(
            m_tokens.refreshLeadSeconds(m_environment.refreshLeadSeconds))) {
        succeedWaiters(m_tokens.accessToken);
        return;
    }
    if (!m_tokens.hasRefreshToken()) {
        if (m_tokens.isAccessTokenValidFor(0))
            succeedWaiters(m_tokens.accessToken); // the last minutes of this session
        else
            endGrant(noRefreshTokenError());
        return;
    }
    startRefresh();
}

void TokenVault::succeedWaiters(const QString &accessToken)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            deliver<Result<QString>>(waiter.context, waiter.callback, accessToken);
    }
}

void TokenVault::failWaiters(const AppError &error)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            deliver<Result<QString>>(waiter.context, waiter.callback, error);
    }
}

void TokenVault::saveUnsavedTokens()
{
    setActivity(Activity::Saving);
    const quint64 generation = m_generation;
    m_store->write(m_key, TokenSetCodec::encode(m_tokens), this,
                   [this, generation](const Status &status) {
                       setActivity(Activity::Idle);
                       if (generation != m_generation) {
                           serveWaiters();
                           return;
                       }
                       if (!status.ok()) {
                           failWaiters(status.error());
                           return;
                       }
                       m_refreshTokenUnsaved = false;
                       serveWaiters();
                   });
}

void TokenVault::startRefresh()
{
    setActivity(Activity::Refreshing);
    m_refreshAttempts = 0;
    requestRefresh();
}

void TokenVault::requestRefresh()
{
    ++m_refreshAttempts;
    const quint64 generation = m_generation;
    const QString refreshToken = m_tokens.refreshToken;
    qCDebug(lcVault) << "refreshing the access token, attempt" << m_refreshAttempts;
    TokenJob *job = m_refresher->refresh(refreshToken);
    connect(job, &Job::finished, this, [this, job, generation, refreshToken] {
        onRefreshed(generation, refreshToken, job->result());
    });
}

void TokenVault::onRefreshed(quint64 generation, const QString &usedRefreshToken,
                             const Result<TokenSet> &result)
{
    if (generation != m_generation) {
        // The tokens were replaced meanwhile; this result belongs to the old ones.
        setActivity(Activity::Idle);
        serveWaiters();
        return;
    }
    if (result.ok() && !result.value().accessToken.isEmpty()) {
        TokenSet fresh = result.value();
        const bool rotated = fresh.hasRefreshToken() && fresh.refreshToken != usedRefreshToken;
        if (!fresh.hasRefreshToken())
            fresh.refreshToken = usedRefreshToken; // not rotated: the old one stays valid
        if (fresh.scope.isEmpty())
            fresh.scope = m_tokens.scope;
        m_tokens = fresh;
        m_refreshTokenUnsaved = rotated;
        qCDebug(lcVault) << "access token refreshed; refresh token rotated:" << rotated;
        saveRefreshedTokens(rotated);
        return;
    }
    const AppError error = result.ok()
        ? AppError::make(AppError::Kind::MalformedResponse,
                         tr("PKB answered in a way PKB Link does not understand. Try again "
                            "later."),
                         QStringLiteral("refresh gave no access token"))
        : result.error();
    if (error.kind == AppError::Kind::GrantRevoked) {
        endGrant(error);
        return;
    }
    if (error.retryable && m_refreshAttempts < m_retryPolicy.maxAttempts && !m_retired) {
        const int delay = retryDelayMs(m_refreshAttempts);
        qCInfo(lcVault) << "refresh failed (" << error.technicalDetail << "); retrying in" << delay
                        << "ms";
        m_retryTimer.start(delay);
        return;
    }
    setActivity(Activity::Idle);
    if (error.retryable && m_tokens.isAccessTokenValidFor(0)) {
        // PKB unreachable for now, but the current access token has not expired yet.
        succeedWaiters(m_tokens.accessToken);
        return;
    }
    failWaiters(error);
}

void TokenVault::saveRefreshedTokens(bool rotated)
{
    setActivity(Activity::Saving);
    const quint64 generation = m_generation;
    m_store->write(m_key, TokenSetCodec::encode(m_tokens), this,
                   [this, generation, rotated](const Status &status) {
                       setActivity(Activity::Idle);
                       if (generation != m_generation) {
                           serveWaiters();
                           return;
                       }
                       if (status.ok()) {
                           m_refreshTokenUnsaved = false;
                           succeedWaiters(m_tokens.accessToken);
                           return;
                       }
                       if (rotated) {
                           // The keychain lacks the only valid refresh token: never hand out
                           // its access token before it is saved (the next call tries again).
                           failWaiters(status.error());
                           return;
                       }
                       qCInfo(lcVault) << "could not save the refreshed access token; the saved "
                                          "refresh token is still valid";
                       succeedWaiters(m_tokens.accessToken);
                   });
}

void TokenVault::endGrant(const AppError &reason)
{
    qCInfo(lcVault) << "the grant ended:" << reason.technicalDetail;
    ++m_generation;
    m_tokens = {};
    m_refreshTokenUnsaved = false;
    m_retryTimer.stop();
    setActivity(Activity::Ending);
    const quint64 generation = m_generation;
    removeLegacyEntry();
    m_store->remove(m_key, this, [this, generation, reason](const Status &status) {
        setActivity(Activity::Idle);
        if (!status.ok())
            qCWarning(lcVault) << "could not delete the dead tokens:"
                               << status.error().technicalDetail;
        if (generation != m_generation) {
            serveWaiters();
            return;
        }
        m_grantEndReason = reason;
        setState(TokenState::GrantAgain);
        Q_EMIT grantEnded(reason);
        failWaiters(reason);
    });
}

void TokenVault::setActivity(Activity activity)
{
    m_activity = activity;
    if (m_retired && activity == Activity::Idle) {
        qCDebug(lcVault) << "work of the ended session is done";
        deleteLater();
    }
}

bool TokenVault::hasWorkInFlight() const
{
    return m_activity == Activity::Refreshing || m_activity == Activity::Saving
        || m_activity == Activity::Ending;
}

void TokenVault::retire()
{
    m_retired = true;
    failWaiters(AppError::make(AppError::Kind::Cancelled,
                               tr("You were signed out before PKB Link could finish."),
                               QStringLiteral("token vault retired")));
    // A retry waiting for its turn is not sent: only what PKB may already have acted on counts.
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        setActivity(Activity::Idle);
        return;
    }
    if (!hasWorkInFlight())
        setActivity(Activity::Idle);
}

void TokenVault::setState(TokenState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcVault) << "link state" << state;
    Q_EMIT tokenStateChanged(state);
}

int TokenVault::retryDelayMs(int failedAttempts) const
{
    qint64 delay = qMax(1, m_retryPolicy.initialDelayMs);
    for (int i = 1; i < failedAttempts && delay < m_retryPolicy.maxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, m_retryPolicy.maxDelayMs));
}

AppError TokenVault::keyError() const
{
    return AppError::make(AppError::Kind::InvalidInput,
                          tr("PKB Link cannot keep access for this account: the account has no "
                             "identifier."),
                          QStringLiteral("empty app_user_id or environment id"));
}

AppError TokenVault::notLinkedError()
{
    return AppError::make(AppError::Kind::GrantRevoked,
                          tr("PKB Link has no access to your PKB record. Grant access first."),
                          QStringLiteral("no tokens saved for this account"));
}

AppError TokenVault::noRefreshTokenError()
{
    return AppError::make(AppError::Kind::GrantRevoked,
                          tr("Your PKB session has ended. PKB does not allow this session to be "
                             "renewed, so please grant access again."),
                          QStringLiteral("access token expired and PKB issued no refresh token"));
}
