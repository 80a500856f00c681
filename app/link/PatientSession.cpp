#include "link/PatientSession.h"

#include "accounts/AccountStore.h"
#include "config/AppSettings.h"
#include "core/LogCategories.h"
#include "link/LinkAttempt.h"
#include "link/SessionClients.h"
#include "pkb/PatientDetailsJob.h"
#include "vault/KeychainStore.h"

#include <QCoreApplication>

PatientSession::PatientSession(const SessionServices &services, const QString &appUserId,
                               QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_appUserId(appUserId)
{
    const Result<Account> account = m_services.accounts->account(appUserId);
    if (account.ok()) {
        m_userName = account.value().userName;
        m_displayName = account.value().displayName;
    }
}

PatientSession::~PatientSession()
{
    end();
}

bool PatientSession::willNeedGrantAtExpiry() const
{
    return m_clients && m_clients->vault->willNeedGrantAtExpiry();
}

void PatientSession::useEnvironment(const EnvironmentConfig &environment)
{
    if (m_clients && environment == m_environment)
        return;
    // Jobs of the old clients die with them (their callbacks' contexts are these objects), and
    // so does an attempt under way with them: it could never finish.
    if (m_clients)
        delete m_attempt.data();
    m_clients.reset();
    m_environment = environment;
    m_clients =
        std::make_unique<SessionClients>(m_services.network, m_services.keychain, environment,
                                         m_services.settings->clientSecret(), m_appUserId);
    connect(m_clients->vault.get(), &TokenVault::tokenStateChanged, this,
            &PatientSession::onVaultStateChanged);
    recordKeychainKeys();
}

void PatientSession::recordKeychainKeys()
{
    // Before anything can be written there, so deleting the account finds every key.
    const QString current = m_clients->vault->keychainKey();
    if (current.isEmpty())
        return;
    for (const QString &key :
         { current, TokenVault::legacyKeychainKey(m_environment, m_appUserId) }) {
        const Status recorded = m_services.accounts->recordKeychainKey(m_appUserId, key);
        if (!recorded.ok())
            qCWarning(lcLink) << "could not record a keychain key of the account:"
                              << recorded.error().technicalDetail;
    }
}

void PatientSession::removeKeychainEntries(QStringList keys, const std::function<void()> &done)
{
    if (keys.isEmpty()) {
        done();
        return;
    }
    const QString key = keys.takeFirst();
    m_services.keychain->remove(key, this, [this, keys, done](const Status &status) {
        if (!status.ok()) {
            setBusy(false);
            fail(status.error());
            return;
        }
        removeKeychainEntries(keys, done);
    });
}

void PatientSession::start()
{
    m_lastError = {};
    const Result<EnvironmentConfig> environment = m_services.settings->environmentConfig();
    if (!environment.ok()) {
        setState(SessionLinkState::NotLinked);
        fail(environment.error());
        return;
    }
    useEnvironment(environment.value());

    const Result<LinkRecord> record = m_services.accounts->linkRecord(m_appUserId);
    if (!record.ok()) {
        setState(SessionLinkState::NotLinked);
        fail(record.error());
        return;
    }
    const LinkRecord &link = record.value();
    if (link.environmentId != m_environment.id || link.state == LinkRecordState::NotLinked) {
        // A link made in another environment does not count here.
        setState(SessionLinkState::NotLinked);
        reconcileUnrecordedTokens();
        return;
    }
    if (link.state == LinkRecordState::GrantAgain) {
        setState(SessionLinkState::GrantAgain);
        return;
    }
    setState(SessionLinkState::Loading);
    setBusy(true);
    m_clients->vault->load(this, [this](const Status &status) {
        setBusy(false);
        if (!status.ok()) {
            // The keychain may just be locked: keep the link, say what to do, offer Retry.
            if (m_clients->vault->tokenState() == TokenVault::TokenState::GrantAgain)
                return; // a damaged entry: onVaultStateChanged took care of it
            setState(SessionLinkState::Linked);
            fail(status.error());
            return;
        }
        if (m_clients->vault->tokenState() == TokenVault::TokenState::Linked) {
            setState(SessionLinkState::Linked);
            fetchDetails();
        } else {
            // The record says linked but the keychain has no tokens (wiped or moved machine).
            recordGrantAgain();
            setState(SessionLinkState::GrantAgain);
        }
    });
}

void PatientSession::reconcileUnrecordedTokens()
{
    // Tokens in the keychain but no link record: the app was stopped between saving PKB's tokens
    // and recording the link. They become the link they were meant for (details fetched, record
    // saved) or are removed; they are never left behind unused. Nothing saved, or a keychain
    // that cannot say, leaves the account as it is, without a message.
    m_clients->vault->load(this, [this](const Status &status) {
        if (!status.ok() || m_clients->vault->tokenState() != TokenVault::TokenState::Linked
            || m_state != SessionLinkState::NotLinked)
            return;
        qCInfo(lcLink) << "tokens without a link record: completing the link";
        setBusy(true);
        PatientDetailsJob *job = m_clients->pkb->fetchPatientDetails();
        connect(job, &PkbJob::finished, this, [this, job] {
            setBusy(false);
            if (m_state != SessionLinkState::NotLinked)
                return; // the patient started a grant meanwhile: it decides
            const Result<PatientDetails> details = job->result();
            if (details.ok() && finishLink(details.value()).ok()) {
                setState(SessionLinkState::Linked);
                Q_EMIT detailsChanged(); // shown now that the account counts as linked
                return;
            }
            if (!details.ok() && details.error().retryable) {
                qCInfo(lcLink) << "could not complete the link now; the next sign-in tries again";
                return;
            }
            qCInfo(lcLink) << "removing tokens that cannot become a link";
            m_clients->vault->remove(this, [](const Status &) {});
        });
    });
}

void PatientSession::onVaultStateChanged()
{
    // Only a link that exists can end; tokens found without one are reconciled instead.
    if (m_clients->vault->tokenState() != TokenVault::TokenState::GrantAgain
        || (m_state != SessionLinkState::Linked && m_state != SessionLinkState::Loading))
        return;
    qCInfo(lcLink) << "PKB ended the grant; the patient must grant access again";
    recordGrantAgain();
    clearDetails();
    setState(SessionLinkState::GrantAgain);
}

void PatientSession::recordGrantAgain()
{
    // The session shows GrantAgain either way. A record left at Linked is no harm: at the next
    // sign-in the vault finds the tokens gone (or refused again) and this is tried again.
    const Status recorded =
        m_services.accounts->setLinkRecordState(m_appUserId, LinkRecordState::GrantAgain);
    if (!recorded.ok())
        qCWarning(lcLink) << "could not record that the grant ended:"
                          << recorded.error().technicalDetail;
}

void PatientSession::refreshDetails()
{
    if (m_state == SessionLinkState::Linked && !m_busy)
        fetchDetails();
    else if (m_state == SessionLinkState::Loading || !m_clients)
        start();
}

void PatientSession::fetchDetails()
{
    m_lastError = {};
    setBusy(true);
    PatientDetailsJob *job = m_clients->pkb->fetchPatientDetails();
    connect(job, &PkbJob::finished, this, [this, job] {
        setBusy(false);
        const Result<PatientDetails> result = job->result();
        if (result.ok()) {
            applyDetails(result.value());
            return;
        }
        if (result.error().kind == AppError::Kind::GrantRevoked) {
            onVaultStateChanged();
            if (m_state != SessionLinkState::GrantAgain) {
                recordGrantAgain();
                clearDetails();
                setState(SessionLinkState::GrantAgain);
            }
        }
        fail(result.error());
    });
}

void PatientSession::applyDetails(const PatientDetails &details)
{
    m_details = details;
    m_hasDetails = true;
    m_lastUpdated = QDateTime::currentDateTime();
    Q_EMIT detailsChanged();
}

void PatientSession::clearDetails()
{
    if (!m_hasDetails)
        return;
    m_details = PatientDetails();
    m_hasDetails = false;
    m_lastUpdated = {};
    Q_EMIT detailsChanged();
}

LinkAttempt *PatientSession::beginLink(const QUrl &redirectUri)
{
    m_lastError = {};
    const Result<EnvironmentConfig> environment = m_services.settings->environmentConfig();
    if (!environment.ok()) {
        fail(environment.error());
        return nullptr;
    }
    if (m_attempt)
        m_attempt->abandon({});
    useEnvironment(environment.value());
    if (m_state != SessionLinkState::Linking)
        m_stateBeforeLink =
            m_state == SessionLinkState::Loading ? SessionLinkState::NotLinked : m_state;
    EnvironmentConfig attemptEnvironment = m_environment;
    if (!redirectUri.isEmpty())
        attemptEnvironment.redirectUri = redirectUri;
    m_attempt = new LinkAttempt(
        *m_clients, attemptEnvironment,
        [this](const PatientDetails &details) { return finishLink(details); }, this);
    connect(m_attempt, &LinkAttempt::finished, this, [this](const AppError &error) {
        if (!error) {
            setState(SessionLinkState::Linked);
            return;
        }
        setState(m_stateBeforeLink);
        if (error.kind != AppError::Kind::Cancelled)
            fail(error);
    });
    setState(SessionLinkState::Linking);
    return m_attempt;
}

Status PatientSession::finishLink(const PatientDetails &details)
{
    LinkRecord record;
    record.appUserId = m_appUserId;
    record.environmentId = m_environment.id;
    record.pkbPublicId = details.publicId;
    record.pkbUserId = details.userId;
    record.linkedAt = QDateTime::currentDateTimeUtc();
    record.state = LinkRecordState::Linked;
    const Status saved = m_services.accounts->saveLinkRecord(record);
    if (!saved.ok())
        return saved;
    applyDetails(details);
    return Done {};
}

void PatientSession::unlink()
{
    if (!m_clients) {
        // No vault (the settings are not usable): only the record to remove. The session shows
        // the account unlinked either way, as it always has; a failure is only logged.
        const Status removed = m_services.accounts->removeLinkRecord(m_appUserId);
        if (!removed.ok())
            qCWarning(lcLink) << "could not remove the link record:"
                              << removed.error().technicalDetail;
        clearDetails();
        setState(SessionLinkState::NotLinked);
        Q_EMIT unlinked();
        return;
    }
    setBusy(true);
    m_clients->vault->remove(this, [this](const Status &status) {
        setBusy(false);
        if (!status.ok()) {
            fail(status.error());
            return;
        }
        const Status removed = m_services.accounts->removeLinkRecord(m_appUserId);
        clearDetails();
        setState(SessionLinkState::NotLinked);
        if (!removed.ok())
            fail(removed.error());
        Q_EMIT unlinked();
    });
}

AccountJob *PatientSession::changePassword(const QString &current, const QString &newPassword,
                                           const QString &confirmation, QObject *parent)
{
    return m_services.accounts->startChangePassword(m_appUserId, current, newPassword, confirmation,
                                                    parent);
}

void PatientSession::deleteAccount()
{
    const auto deleteRecords = [this] {
        const Status deleted = m_services.accounts->deleteAccount(m_appUserId);
        if (!deleted.ok()) {
            fail(deleted.error());
            return;
        }
        clearDetails();
        Q_EMIT accountDeleted();
    };
    // Every key the account ever had, in any environment or at any PKB origin.
    const Result<QStringList> recorded = m_services.accounts->keychainKeys(m_appUserId);
    if (!recorded.ok()) {
        fail(recorded.error());
        return;
    }
    QStringList others = recorded.value();
    if (m_clients)
        others.removeAll(m_clients->vault->keychainKey());
    const auto removeOthers = [this, others, deleteRecords] {
        removeKeychainEntries(others, [this, deleteRecords] {
            setBusy(false);
            deleteRecords();
        });
    };
    setBusy(true);
    if (!m_clients) {
        removeOthers();
        return;
    }
    // Tokens first: if the keychain refuses, the account stays so nothing is orphaned.
    m_clients->vault->remove(this, [this, removeOthers](const Status &status) {
        if (!status.ok()) {
            setBusy(false);
            fail(status.error());
            return;
        }
        removeOthers();
    });
}

void PatientSession::end()
{
    if (m_ended)
        return;
    m_ended = true;
    delete m_attempt.data();
    m_details = PatientDetails();
    m_hasDetails = false;
    if (!m_clients)
        return;
    m_clients->pkb.reset();
    if (m_clients->vault->hasWorkInFlight()) {
        // PKB may already have rotated the refresh token: the refresh ends, and its result is
        // saved, after the session. The vault takes its token client with it; the owner keeps
        // the keychain and the network alive meanwhile.
        TokenVault *vault = m_clients->vault.release();
        m_clients->tokenClient.release()->setParent(vault);
        Q_EMIT workOutlivesSession(vault);
        vault->retire();
    }
    m_clients.reset();
}

void PatientSession::setState(SessionLinkState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT linkStateChanged(state);
}

void PatientSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void PatientSession::fail(const AppError &error)
{
    m_lastError = error;
    qCInfo(lcLink) << "session error:" << int(error.kind) << error.technicalDetail;
    Q_EMIT errorOccurred(error);
}
