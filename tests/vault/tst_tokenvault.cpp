// TokenVault with a scripted TokenRefresher and the real Secret Service (./dev.sh test).
#include "vault/ChunkedSecretFormat.h"
#include "vault/KeychainStore.h"
#include "vault/TokenSetCodec.h"
#include "vault/TokenVault.h"

#include "EventLoopWait.h"
#include "FakeTokenRefresher.h"
#include "FlakySecretStore.h"
#include "SecretTool.h"
#include "VaultTestSupport.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using Outcome = FakeTokenRefresher::Outcome;
using TokenState = TokenVault::TokenState;
using TokenResult = Result<QString>;

#define VERIFY_ERROR(result, errorKind)                                                            \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        QVERIFY2(r_.has_value(), "no callback");                                                   \
        QVERIFY2(!r_->ok(), "expected an error");                                                  \
        QCOMPARE(r_->error().kind, errorKind);                                                     \
        QVERIFY(!r_->error().userMessage.isEmpty());                                               \
    } while (false)

namespace {
// Everything logged while the suite runs, to prove no token ever reaches a log line.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void recordingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<FlakySecretStore> m_store;
    std::unique_ptr<FakeTokenRefresher> m_refresher;
    EnvironmentConfig m_env;
    QString m_user;
    QStringList m_keysToClean;
    QStringList m_secretsUsed;

    std::unique_ptr<TokenVault> makeVault(const QString &user = {},
                                          const std::optional<EnvironmentConfig> &env = {})
    {
        auto vault = std::make_unique<TokenVault>(
            m_store.get(), env ? *env : m_env, user.isEmpty() ? m_user : user, m_refresher.get());
        vault->setRetryPolicy({ 20, 80, 4 });
        if (!vault->keychainKey().isEmpty())
            m_keysToClean.append(vault->keychainKey());
        return vault;
    }
    TokenSet remember(const TokenSet &tokens)
    {
        m_secretsUsed << tokens.accessToken << tokens.refreshToken;
        return tokens;
    }
    std::optional<Status> store(TokenVault &vault, const TokenSet &tokens)
    {
        remember(tokens);
        return VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { vault.store(tokens, context, done); });
    }
    std::optional<Status> load(TokenVault &vault)
    {
        return VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { vault.load(context, done); });
    }
    std::optional<Status> remove(TokenVault &vault)
    {
        return VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { vault.remove(context, done); });
    }
    std::optional<TokenResult> fresh(TokenVault &vault)
    {
        return VaultTest::waitFor<TokenResult>(
            [&](QObject *context, auto done) { vault.withFreshAccessToken(context, done); });
    }
    // Waits until every refresh has had its answer and whatever the vault wrote to the
    // keychain on it is done (operations on one key run in call order: a read queued now ends
    // after them).
    bool refreshesSettled(const TokenVault &vault)
    {
        if (!EventLoopWait::until(
                [this] { return m_refresher->answered() == m_refresher->calls(); },
                VaultTest::WaitMs))
            return false;
        using Read = Result<std::optional<QByteArray>>;
        return VaultTest::waitFor<Read>([&](QObject *context, auto done) {
                   m_store->read(vault.keychainKey(), context, done);
               })
            .has_value();
    }
    // What the keychain holds right now, read from outside the process (synchronous).
    static std::optional<TokenSet> keychainTokens(const QString &key)
    {
        const auto main = SecretTool::entry(key);
        if (!main)
            return std::nullopt;
        QByteArray blob;
        switch (ChunkedSecretFormat::kindOf(*main)) {
        case ChunkedSecretFormat::EntryKind::Inline:
            blob = ChunkedSecretFormat::inlineSecret(*main);
            break;
        case ChunkedSecretFormat::EntryKind::Header: {
            const ChunkHeader header = *ChunkedSecretFormat::parseHeader(*main);
            for (int i = header.firstIndex; i < header.endIndex(); ++i) {
                const auto chunk = SecretTool::entry(ChunkedSecretFormat::chunkKey(key, i));
                const auto payload =
                    chunk ? ChunkedSecretFormat::chunkPayload(*chunk, header) : std::nullopt;
                if (!payload)
                    return std::nullopt;
                blob += *payload;
            }
            break;
        }
        case ChunkedSecretFormat::EntryKind::Damaged:
            return std::nullopt;
        }
        const auto decoded = TokenSetCodec::decode(blob);
        return decoded.ok() ? std::optional(decoded.value()) : std::nullopt;
    }
    // Saved tokens of the vault of this test, expired or about to expire.
    std::unique_ptr<TokenVault> linkedVault(int expiresInSeconds, bool withRefreshToken = true)
    {
        auto vault = makeVault();
        const auto status =
            store(*vault, VaultTest::tokensExpiringIn(expiresInSeconds, withRefreshToken, 700));
        if (!status || !status->ok())
            return nullptr;
        return vault;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(SecretTool::isAvailable(), "secret-tool (libsecret-tools) is needed");
        QLoggingCategory::setFilterRules(QStringLiteral("pkblink.*.debug=true"));
        previousHandler = qInstallMessageHandler(recordingHandler);
        KeychainStore probe;
        const QString probeKey = QStringLiteral("tokens/probe/") + QUuid::createUuid().toString();
        const auto status = VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { probe.write(probeKey, "p", context, done); });
        QVERIFY(status);
        QVERIFY2(status->ok(), "needs an unlocked Secret Service: run through ./dev.sh test");
        const auto removed = VaultTest::waitFor<Status>(
            [&](QObject *context, auto done) { probe.remove(probeKey, context, done); });
        QVERIFY(removed && removed->ok());
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QMutexLocker lock(&logMutex);
        QVERIFY(!logLines.isEmpty()); // the vault does log (debug is on)
        const QString all = logLines.join(QLatin1Char('\n'));
        for (const QString &secret : std::as_const(m_secretsUsed)) {
            if (!secret.isEmpty())
                QVERIFY2(!all.contains(secret), "a token reached a log line");
        }
    }

    void init()
    {
        m_user = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_env = EnvironmentConfig::preset(QStringLiteral("sandbox"));
        m_env.refreshLeadSeconds = 60;
        KeychainStore::Options options;
        options.retryDelayMs = 50;
        options.plainTextFile = m_dir.filePath(QStringLiteral("never.ini"));
        m_keychain = std::make_unique<KeychainStore>(options);
        m_store = std::make_unique<FlakySecretStore>(m_keychain.get());
        m_refresher = std::make_unique<FakeTokenRefresher>();
    }

    void cleanup()
    {
        if (m_refresher) {
            m_secretsUsed << m_refresher->lastAccessToken << m_refresher->lastRefreshToken;
        }
        for (const QString &key : std::as_const(m_keysToClean)) {
            VaultTest::waitFor<Status>(
                [&](QObject *context, auto done) { m_keychain->remove(key, context, done); });
            QCOMPARE(SecretTool::keysWithPrefix(key), QStringList());
        }
        m_keysToClean.clear();
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.ini"))));
    }

    // A token is due for refresh at most half-way through its life: a short-lived one is used,
    // not refreshed on every call (PKB documents 600 and 1800 s; servers may give less).
    void refreshIsDueOnlyInTheLastPartOfTheLifetime_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::newRow("5 s") << 5;
        QTest::newRow("30 s") << 30;
        QTest::newRow("600 s") << 600;
        QTest::newRow("1800 s") << 1800;
    }

    void refreshIsDueOnlyInTheLastPartOfTheLifetime()
    {
        QFETCH(int, lifetime);
        const int lead = qMin(60, lifetime / 2);
        auto vault = makeVault();
        VERIFY_OK(store(*vault, VaultTest::tokensIssuedNow(lifetime)));
        for (int i = 0; i < 3; ++i)
            VERIFY_OK(fresh(*vault));
        QCOMPARE(m_refresher->calls(), 0);

        // Later in its life, but still more than the lead before expiry: not due.
        TokenSet older = VaultTest::tokensExpiringIn(lead + 2);
        older.accessTokenIssuedAt = older.accessTokenExpiresAt.addSecs(-lifetime);
        VERIFY_OK(store(*vault, older));
        VERIFY_OK(fresh(*vault));
        QCOMPARE(m_refresher->calls(), 0);

        // Within the lead: one refresh, then the fresh token is used without another.
        TokenSet due = VaultTest::tokensExpiringIn(qMax(0, lead - 1));
        due.accessTokenIssuedAt = due.accessTokenExpiresAt.addSecs(-lifetime);
        m_refresher->lifetimeSeconds = lifetime;
        VERIFY_OK(store(*vault, due));
        VERIFY_OK(fresh(*vault));
        VERIFY_OK(fresh(*vault));
        QCOMPARE(m_refresher->calls(), 1);
    }

    void startsUnknownThenNotLinked()
    {
        auto vault = makeVault();
        QCOMPARE(vault->tokenState(), TokenState::Unknown);
        QSignalSpy states(vault.get(), &TokenVault::tokenStateChanged);
        VERIFY_OK(load(*vault));
        QCOMPARE(vault->tokenState(), TokenState::NotLinked);
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.at(0).at(0).value<TokenState>(), TokenState::NotLinked);
        VERIFY_ERROR(fresh(*vault), AppError::Kind::GrantRevoked);
        QCOMPARE(m_refresher->calls(), 0);
    }

    void storeLoadRemoveRoundTrip()
    {
        auto vault = makeVault();
        const TokenSet tokens = VaultTest::tokensExpiringIn(3600);
        VERIFY_OK(store(*vault, tokens));
        QCOMPARE(vault->tokenState(), TokenState::Linked);
        const auto saved = keychainTokens(vault->keychainKey());
        QVERIFY(saved);
        QCOMPARE(saved->refreshToken, tokens.refreshToken);
        QCOMPARE(saved->accessToken, tokens.accessToken);

        auto again = makeVault();
        VERIFY_OK(load(*again));
        QCOMPARE(again->tokenState(), TokenState::Linked);
        QCOMPARE(again->accessTokenExpiresAt().toSecsSinceEpoch(),
                 tokens.accessTokenExpiresAt.toSecsSinceEpoch());
        QCOMPARE(again->scope(), tokens.scope);
        QVERIFY(!again->willNeedGrantAtExpiry());
        const auto token = fresh(*again);
        VERIFY_OK(token);
        QCOMPARE(token->value(), tokens.accessToken);
        QCOMPARE(m_refresher->calls(), 0);

        VERIFY_OK(remove(*again));
        QCOMPARE(again->tokenState(), TokenState::NotLinked);
        QCOMPARE(SecretTool::keysWithPrefix(again->keychainKey()), QStringList());
        auto third = makeVault();
        VERIFY_OK(load(*third));
        QCOMPARE(third->tokenState(), TokenState::NotLinked);
    }

    void sixKilobyteTokensRoundTrip()
    {
        auto vault = makeVault();
        TokenSet tokens = VaultTest::tokensExpiringIn(3600);
        tokens.accessToken = VaultTest::realisticToken(6 * 1024, "access");
        VERIFY_OK(store(*vault, tokens));
        QVERIFY(SecretTool::keysWithPrefix(vault->keychainKey()).size() >= 5); // header + chunks
        auto again = makeVault();
        const auto token = fresh(*again); // loads by itself
        VERIFY_OK(token);
        QCOMPARE(token->value(), tokens.accessToken);
        // Smaller tokens leave no chunk behind.
        VERIFY_OK(store(*again, VaultTest::tokensExpiringIn(3600, true, 300)));
        QCOMPARE(SecretTool::keysWithPrefix(vault->keychainKey()),
                 QStringList { vault->keychainKey() });
        VERIFY_OK(remove(*again));
        QCOMPARE(SecretTool::keysWithPrefix(vault->keychainKey()), QStringList());
    }

    void freshTokenIsServedWithoutRefresh()
    {
        auto vault = makeVault();
        const TokenSet tokens = VaultTest::tokensExpiringIn(3600);
        VERIFY_OK(store(*vault, tokens));
        QObject context;
        int calls = 0;
        QString token;
        vault->withFreshAccessToken(&context, [&](const TokenResult &result) {
            ++calls;
            token = result.ok() ? result.value() : QString();
        });
        QCOMPARE(calls, 0); // never synchronous
        QTRY_COMPARE(calls, 1);
        QCOMPARE(token, tokens.accessToken);
        // Once: callers are answered in the order they asked, so by the time a later caller
        // has its answer a second one to the first would have come.
        VERIFY_OK(fresh(*vault));
        QCOMPARE(calls, 1);
        QCOMPARE(m_refresher->calls(), 0);
    }

    void refreshesWhenDue_data()
    {
        QTest::addColumn<int>("expiresIn");
        QTest::newRow("within the lead time") << 30;
        QTest::newRow("expired") << -600;
    }

    void refreshesWhenDue()
    {
        QFETCH(int, expiresIn);
        auto vault = makeVault();
        const TokenSet old = VaultTest::tokensExpiringIn(expiresIn, true, 700);
        VERIFY_OK(store(*vault, old));
        m_refresher->defaultOutcome = Outcome::NoRotate;
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(token->value(), m_refresher->lastAccessToken);
        QCOMPARE(m_refresher->calls(), 1);
        QCOMPARE(m_refresher->receivedRefreshTokens, QStringList { old.refreshToken });
        // Not rotated: the old refresh token stays, with the new access token.
        const auto saved = keychainTokens(vault->keychainKey());
        QVERIFY(saved);
        QCOMPARE(saved->refreshToken, old.refreshToken);
        QCOMPARE(saved->accessToken, m_refresher->lastAccessToken);
        QVERIFY(vault->accessTokenExpiresAt() > QDateTime::currentDateTimeUtc().addSecs(500));
    }

    void tenConcurrentCallersShareOneRefresh()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        m_refresher->delayMs = 150;
        std::vector<std::unique_ptr<QObject>> contexts;
        QStringList tokens;
        for (int i = 0; i < 10; ++i) {
            contexts.push_back(std::make_unique<QObject>());
            vault->withFreshAccessToken(contexts.back().get(), [&tokens](const TokenResult &r) {
                tokens << (r.ok() ? r.value() : QStringLiteral("error"));
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 10, VaultTest::WaitMs);
        QCOMPARE(m_refresher->calls(), 1);
        QCOMPARE(tokens, QStringList(10, m_refresher->lastAccessToken));
        // Later callers get it from memory.
        const auto later = fresh(*vault);
        VERIFY_OK(later);
        QCOMPARE(later->value(), m_refresher->lastAccessToken);
        QCOMPARE(m_refresher->calls(), 1);
    }

    void rotatedRefreshTokenIsSavedBeforeTheAccessTokenIsHandedOut()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        m_refresher->defaultOutcome = Outcome::Rotate;
        QObject context;
        std::optional<TokenSet> inKeychainAtCallback;
        QString token;
        vault->withFreshAccessToken(&context, [&](const TokenResult &result) {
            token = result.ok() ? result.value() : QStringLiteral("error");
            inKeychainAtCallback = keychainTokens(vault->keychainKey());
        });
        QTRY_VERIFY_WITH_TIMEOUT(!token.isEmpty(), VaultTest::WaitMs);
        QCOMPARE(token, m_refresher->lastAccessToken);
        QVERIFY(inKeychainAtCallback);
        QCOMPARE(inKeychainAtCallback->refreshToken, m_refresher->lastRefreshToken);
        QCOMPARE(inKeychainAtCallback->accessToken, m_refresher->lastAccessToken);
    }

    void rotatedTokensThatCannotBeSavedAreNotHandedOut()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        const QString oldRefresh = keychainTokens(vault->keychainKey())->refreshToken;
        m_refresher->defaultOutcome = Outcome::Rotate;
        m_store->failNextWrites = 1;
        VERIFY_ERROR(fresh(*vault), AppError::Kind::KeychainUnavailable);
        QCOMPARE(m_refresher->calls(), 1);
        QCOMPARE(keychainTokens(vault->keychainKey())->refreshToken, oldRefresh);
        // The new tokens stayed in memory: the next call saves them, without a second refresh.
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(token->value(), m_refresher->lastAccessToken);
        QCOMPARE(m_refresher->calls(), 1);
        QCOMPARE(keychainTokens(vault->keychainKey())->refreshToken, m_refresher->lastRefreshToken);
    }

    void notRotatedTokensAreHandedOutEvenIfSavingFails()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        const TokenSet before = *keychainTokens(vault->keychainKey());
        m_refresher->defaultOutcome = Outcome::NoRotate;
        m_store->failNextWrites = 1;
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(token->value(), m_refresher->lastAccessToken);
        const TokenSet after = *keychainTokens(vault->keychainKey());
        QCOMPARE(after.refreshToken, before.refreshToken);
        QCOMPARE(after.accessToken, before.accessToken);
    }

    void invalidGrantEndsTheGrant()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        m_refresher->defaultOutcome = Outcome::InvalidGrant;
        m_refresher->delayMs = 50;
        QSignalSpy states(vault.get(), &TokenVault::tokenStateChanged);
        QSignalSpy ended(vault.get(), &TokenVault::grantEnded);
        QObject context;
        QList<TokenResult> results;
        QList<TokenState> statesSeen;
        QList<QStringList> keysSeen;
        for (int i = 0; i < 3; ++i) {
            vault->withFreshAccessToken(&context, [&](const TokenResult &result) {
                results << result;
                statesSeen << vault->tokenState();
                keysSeen << SecretTool::keysWithPrefix(vault->keychainKey());
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, VaultTest::WaitMs);
        QCOMPARE(m_refresher->calls(), 1);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!results[i].ok());
            QCOMPARE(results[i].error().kind, AppError::Kind::GrantRevoked);
            QCOMPARE(statesSeen[i], TokenState::GrantAgain);
            QCOMPARE(keysSeen[i], QStringList()); // deleted before anyone heard
        }
        QCOMPARE(ended.size(), 1);
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.at(0).at(0).value<TokenState>(), TokenState::GrantAgain);
        QCOMPARE(vault->grantEndReason().kind, AppError::Kind::GrantRevoked);
        // Later calls do not try the dead refresh token again.
        VERIFY_ERROR(fresh(*vault), AppError::Kind::GrantRevoked);
        QCOMPARE(m_refresher->calls(), 1);
        auto again = makeVault();
        VERIFY_OK(load(*again));
        QCOMPARE(again->tokenState(), TokenState::NotLinked);
        // A new grant links again.
        VERIFY_OK(store(*vault, VaultTest::tokensExpiringIn(3600)));
        QCOMPARE(vault->tokenState(), TokenState::Linked);
        VERIFY_OK(fresh(*vault));
    }

    void transientFailuresRetryWithBackoffAndKeepTheRefreshToken()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        vault->setRetryPolicy({ 40, 100, 4 });
        const TokenSet before = *keychainTokens(vault->keychainKey());
        m_refresher->delayMs = 1;
        m_refresher->script = QList<Outcome>(4, Outcome::Transient);
        const auto result = fresh(*vault);
        VERIFY_ERROR(result, AppError::Kind::Network);
        QVERIFY(result->error().retryable);
        QCOMPARE(m_refresher->calls(), 4);
        const QList<qint64> &t = m_refresher->callTimesMs;
        // The retry timer is a coarse timer: Qt may fire it up to 5 % early.
        QVERIFY2(t[1] - t[0] >= 38, qPrintable(QString::number(t[1] - t[0])));
        QVERIFY2(t[2] - t[1] >= 76, qPrintable(QString::number(t[2] - t[1])));
        QVERIFY2(t[3] - t[2] >= 95, qPrintable(QString::number(t[3] - t[2]))); // capped
        QVERIFY2(t[3] - t[2] < 2000, "backoff not capped");
        QCOMPARE(m_refresher->receivedRefreshTokens, QStringList(4, before.refreshToken));
        QCOMPARE(vault->tokenState(), TokenState::Linked);
        const TokenSet after = *keychainTokens(vault->keychainKey());
        QCOMPARE(after.refreshToken, before.refreshToken);
        QCOMPARE(after.accessToken, before.accessToken);
        // PKB is back: the same refresh token works.
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(m_refresher->calls(), 5);
        QCOMPARE(m_refresher->receivedRefreshTokens.last(), before.refreshToken);
    }

    void transientFailureThenSuccess()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        m_refresher->script = { Outcome::Transient, Outcome::Transient };
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(token->value(), m_refresher->lastAccessToken);
        QCOMPARE(m_refresher->calls(), 3);
    }

    void transientFailureServesTheTokenThatHasNotExpiredYet()
    {
        auto vault = makeVault();
        const TokenSet tokens = VaultTest::tokensExpiringIn(30, true, 700);
        VERIFY_OK(store(*vault, tokens));
        m_refresher->defaultOutcome = Outcome::Transient;
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(token->value(), tokens.accessToken);
        QCOMPARE(m_refresher->calls(), 4);
    }

    void otherRefreshErrorsKeepTheLink()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        struct ConfigRefresher : TokenRefresher
        {
            int calls = 0;
            TokenJob *refresh(const QString &) override
            {
                ++calls;
                auto *job = new FakeTokenJob(AppError::make(AppError::Kind::OAuth,
                                                            QStringLiteral("Bad client."),
                                                            QStringLiteral("invalid_client")));
                QTimer::singleShot(0, job, &FakeTokenJob::finish);
                return job;
            }
        } refresher;
        TokenVault other(m_store.get(), m_env, m_user, &refresher);
        VERIFY_ERROR(fresh(other), AppError::Kind::OAuth);
        QCOMPARE(refresher.calls, 1); // not retried
        QCOMPARE(other.tokenState(), TokenState::Linked);
        QVERIFY(keychainTokens(vault->keychainKey()));
    }

    void markAccessTokenRejectedForcesARefresh()
    {
        auto vault = makeVault();
        const TokenSet tokens = VaultTest::tokensExpiringIn(3600, true, 700);
        VERIFY_OK(store(*vault, tokens));
        QCOMPARE(fresh(*vault)->value(), tokens.accessToken);
        // An older token being rejected says nothing about the current one.
        vault->markAccessTokenRejected(QStringLiteral("some-older-token"));
        vault->markAccessTokenRejected(QString());
        QCOMPARE(fresh(*vault)->value(), tokens.accessToken);
        QCOMPARE(m_refresher->calls(), 0);
        vault->markAccessTokenRejected(tokens.accessToken);
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(token->value(), m_refresher->lastAccessToken);
        QVERIFY(token->value() != tokens.accessToken);
        QCOMPARE(m_refresher->calls(), 1);
    }

    void withoutRefreshTokenTheTokenIsServedUntilExpiry()
    {
        auto vault = makeVault();
        const TokenSet tokens = VaultTest::tokensExpiringIn(30, false, 700); // within lead time
        VERIFY_OK(store(*vault, tokens));
        QVERIFY(vault->willNeedGrantAtExpiry());
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(token->value(), tokens.accessToken);
        QCOMPARE(m_refresher->calls(), 0);
        auto again = makeVault();
        VERIFY_OK(load(*again));
        QVERIFY(again->willNeedGrantAtExpiry());
    }

    void withoutRefreshTokenExpiryMeansGrantAgain()
    {
        auto vault = linkedVault(-5, false);
        QVERIFY(vault);
        QSignalSpy ended(vault.get(), &TokenVault::grantEnded);
        const auto result = fresh(*vault);
        VERIFY_ERROR(result, AppError::Kind::GrantRevoked);
        QVERIFY(result->error().userMessage.contains(QStringLiteral("grant access again")));
        QVERIFY(result->error().technicalDetail.contains(QStringLiteral("no refresh token")));
        QCOMPARE(m_refresher->calls(), 0);
        QCOMPARE(vault->tokenState(), TokenState::GrantAgain);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(SecretTool::keysWithPrefix(vault->keychainKey()), QStringList());
    }

    void accountsAndEnvironmentsNeverSeeEachOthersTokens()
    {
        const QString userA = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString userB = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const EnvironmentConfig sandbox = EnvironmentConfig::preset(QStringLiteral("sandbox"));
        const EnvironmentConfig customOne = EnvironmentConfig::preset(
            QStringLiteral("custom"), QUrl(QStringLiteral("https://pkb-one.example")));
        const EnvironmentConfig customTwo = EnvironmentConfig::preset(
            QStringLiteral("custom"), QUrl(QStringLiteral("https://pkb-two.example")));
        const QList<std::pair<QString, EnvironmentConfig>> accounts = {
            { userA, sandbox }, { userB, sandbox }, { userA, customOne }, { userA, customTwo }
        };
        QStringList stored;
        for (const auto &[user, env] : accounts) {
            auto vault = makeVault(user, env);
            const TokenSet tokens = VaultTest::tokensExpiringIn(3600, true, 500);
            VERIFY_OK(store(*vault, tokens));
            stored << tokens.accessToken;
        }
        for (int i = 0; i < accounts.size(); ++i) {
            auto vault = makeVault(accounts[i].first, accounts[i].second);
            const auto token = fresh(*vault);
            VERIFY_OK(token);
            QCOMPARE(token->value(), stored[i]);
        }
        // Unlinking one leaves the others.
        auto first = makeVault(userA, sandbox);
        VERIFY_OK(remove(*first));
        for (int i = 0; i < accounts.size(); ++i) {
            auto vault = makeVault(accounts[i].first, accounts[i].second);
            VERIFY_OK(load(*vault));
            QCOMPARE(vault->tokenState(), i == 0 ? TokenState::NotLinked : TokenState::Linked);
        }
    }

    void destroyedContextGetsNoCallback()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        m_refresher->delayMs = 100;
        auto *gone = new QObject;
        bool goneCalled = false;
        vault->withFreshAccessToken(gone,
                                    [&goneCalled](const TokenResult &) { goneCalled = true; });
        delete gone;
        // Served with the same refresh, after the first caller (callers are answered in the
        // order they asked): had it been called, it would have been by now.
        VERIFY_OK(fresh(*vault));
        QVERIFY(!goneCalled);
        QCOMPARE(m_refresher->calls(), 1);
    }

    void removeWhileRefreshingDropsTheResult()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        m_refresher->delayMs = 200;
        QObject context;
        std::optional<TokenResult> result;
        vault->withFreshAccessToken(&context, [&result](const TokenResult &r) { result = r; });
        QTRY_COMPARE(m_refresher->calls(), 1);
        VERIFY_OK(remove(*vault));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), VaultTest::WaitMs);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, AppError::Kind::GrantRevoked);
        QVERIFY(refreshesSettled(*vault)); // the refresh answer has come and gone
        QCOMPARE(vault->tokenState(), TokenState::NotLinked);
        QCOMPARE(SecretTool::keysWithPrefix(vault->keychainKey()), QStringList());
    }

    void storeWhileRefreshingServesTheNewGrant()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        m_refresher->delayMs = 200;
        QObject context;
        std::optional<TokenResult> result;
        vault->withFreshAccessToken(&context, [&result](const TokenResult &r) { result = r; });
        QTRY_COMPARE(m_refresher->calls(), 1);
        const TokenSet granted = VaultTest::tokensExpiringIn(3600, true, 700);
        VERIFY_OK(store(*vault, granted));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), VaultTest::WaitMs);
        QVERIFY(result->ok());
        QCOMPARE(result->value(), granted.accessToken);
        QVERIFY(refreshesSettled(*vault));
        QCOMPARE(keychainTokens(vault->keychainKey())->refreshToken, granted.refreshToken);
        QCOMPARE(m_refresher->calls(), 1);
    }

    void entryUnderTheOldHostKeyMovesToTheOriginKey()
    {
        auto vault = makeVault();
        const QString legacy = TokenVault::legacyKeychainKey(m_env, m_user);
        QVERIFY(legacy != vault->keychainKey());
        m_keysToClean.append(legacy);
        const TokenSet tokens = remember(VaultTest::tokensExpiringIn(3600));
        VERIFY_OK(VaultTest::waitFor<Status>([&](QObject *context, auto done) {
            m_keychain->write(legacy, TokenSetCodec::encode(tokens), context, done);
        }));
        VERIFY_OK(load(*vault));
        QCOMPARE(vault->tokenState(), TokenState::Linked);
        const auto token = fresh(*vault);
        VERIFY_OK(token);
        QCOMPARE(token->value(), tokens.accessToken);
        QVERIFY(EventLoopWait::until(
            [&] {
                return SecretTool::keysWithPrefix(legacy).isEmpty()
                    && keychainTokens(vault->keychainKey()).has_value();
            },
            VaultTest::WaitMs));
        QCOMPARE(keychainTokens(vault->keychainKey())->refreshToken, tokens.refreshToken);
        // Unlinking removes whatever is left under either key.
        VERIFY_OK(remove(*vault));
        QCOMPARE(SecretTool::keysWithPrefix(vault->keychainKey()), QStringList());
    }

    void damagedEntryMeansGrantAgain()
    {
        auto vault = makeVault();
        VERIFY_OK(VaultTest::waitFor<Status>([&](QObject *context, auto done) {
            m_keychain->write(vault->keychainKey(), "\xa1\x00\x07", context, done);
        }));
        QSignalSpy ended(vault.get(), &TokenVault::grantEnded);
        VERIFY_ERROR(load(*vault), AppError::Kind::Storage);
        QCOMPARE(vault->tokenState(), TokenState::GrantAgain);
        QCOMPARE(ended.size(), 1);
        VERIFY_ERROR(fresh(*vault), AppError::Kind::GrantRevoked);
        VERIFY_OK(store(*vault, VaultTest::tokensExpiringIn(3600)));
        VERIFY_OK(fresh(*vault));
    }

    void unusableAccountIdIsRefused()
    {
        auto vault = makeVault(QStringLiteral("   "));
        QCOMPARE(vault->keychainKey(), QString());
        VERIFY_ERROR(load(*vault), AppError::Kind::InvalidInput);
        VERIFY_ERROR(store(*vault, VaultTest::tokensExpiringIn(3600)),
                     AppError::Kind::InvalidInput);
        VERIFY_ERROR(fresh(*vault), AppError::Kind::InvalidInput);
        VERIFY_ERROR(remove(*vault), AppError::Kind::InvalidInput);
    }

    void emptyTokenSetIsRefused()
    {
        auto vault = makeVault();
        VERIFY_ERROR(store(*vault, TokenSet {}), AppError::Kind::InvalidInput);
        QCOMPARE(vault->tokenState(), TokenState::Unknown);
    }

    void destroyingTheVaultAnswersWaitingCallers()
    {
        auto vault = linkedVault(-10);
        QVERIFY(vault);
        m_refresher->delayMs = 200;
        QObject context;
        std::optional<TokenResult> result;
        vault->withFreshAccessToken(&context, [&result](const TokenResult &r) { result = r; });
        QTRY_COMPARE(m_refresher->calls(), 1);
        vault.reset();
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, AppError::Kind::Cancelled);
        // The refresher's answer finds no vault: nothing happens (a crash would end the suite).
        QTRY_COMPARE(m_refresher->answered(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
