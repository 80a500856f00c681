#include "link/PatientSession.h"

#include "accounts/AccountStore.h"
#include "auth/TokenClient.h"
#include "core/LogCategories.h"
#include "link/AppCore.h"
#include "link/LinkAttempt.h"
#include "pkb/PatientDetailsJob.h"
#include "pkb/PkbClient.h"
#include "vault/KeychainStore.h"
#include "vault/TokenVault.h"

#include <QCoreApplication>

namespace {
bool sameEnvironment(const EnvironmentConfig &a, const EnvironmentConfig &b)
{
    return a.id == b.id && a.baseUrl == b.baseUrl && a.authorizeUrl == b.authorizeUrl
        && a.tokenUrl == b.tokenUrl && a.apiBaseUrl == b.apiBaseUrl
        && a.fhirBaseUrl == b.fhirBaseUrl && a.clientId == b.clientId
        && a.clientSecret == b.clientSecret && a.clientAuth == b.clientAuth
        && a.redirectUri == b.redirectUri && a.usePkce == b.usePkce
        && a.detailsSource == b.detailsSource && a.requestTimeoutMs == b.requestTimeoutMs
        && a.refreshLeadSeconds == b.refreshLeadSeconds
        && a.administratorOrigins == b.administratorOrigins && a.issuer == b.issuer;
}
} // namespace

PatientSession::PatientSession(AppCore *core, const QString &appUserId, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_appUserId(appUserId)
{
    const Result<Account> account = m_core->accounts()->account(appUserId);
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
    return m_vault && m_vault->willNeedGrantAtExpiry();
}

void PatientSession::useEnvironment(const EnvironmentConfig &environment)
{
    if (m_vault && sameEnvironment(environment, m_environment))
        return;
    // Jobs of the old clients die with them (their callbacks' contexts are these objects).
    delete m_pkb;
    delete m_vault;
    delete m_tokenClient;
    m_environment = environment;
    m_tokenClient = new TokenClient(m_core->network(), environment, this);
    m_vault = new TokenVault(m_core->keychain(), environment, m_appUserId, m_tokenClient, this);
    m_pkb = new PkbClient(m_core->network(), environment, m_vault, this);
    connect(m_vault, &TokenVault::linkStateChanged, this, &PatientSession::onVaultStateChanged);
    recordKeychainKeys();
}

void PatientSession::recordKeychainKeys()
{
    // Before anything can be written there, so deleting the account finds every key.
    if (m_vault->keychainKey().isEmpty())
        return;
    for (const QString &key :
         { m_vault->keychainKey(), TokenVault::legacyKeychainKey(m_environment, m_appUserId) }) {
        const Status recorded = m_core->accounts()->recordKeychainKey(m_appUserId, key);
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
    m_core->keychain()->remove(key, this, [this, keys, done](const Status &status) {
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
    const Result<EnvironmentConfig> environment = m_core->environment();
    if (!environment.ok()) {
        setState(PatientLinkState::NotLinked);
        fail(environment.error());
        return;
    }
    useEnvironment(environment.value());

    const Result<LinkRecord> record = m_core->accounts()->linkRecord(m_appUserId);
    if (!record.ok()) {
        setState(PatientLinkState::NotLinked);
        fail(record.error());
        return;
    }
    const LinkRecord &link = record.value();
    if (link.environmentId != m_environment.id || link.state == LinkState::NotLinked) {
        // A link made in another environment does not count here.
        setState(PatientLinkState::NotLinked);
        reconcileUnrecordedTokens();
        return;
    }
    if (link.state == LinkState::GrantAgain) {
        setState(PatientLinkState::GrantAgain);
        return;
    }
    setState(PatientLinkState::Loading);
    setBusy(true);
    m_vault->load(this, [this](const Status &status) {
        setBusy(false);
        if (!status.ok()) {
            // The keychain may just be locked: keep the link, say what to do, offer Retry.
            if (m_vault->linkState() == TokenVault::LinkState::GrantAgain)
                return; // a damaged entry: onVaultStateChanged took care of it
            setState(PatientLinkState::Linked);
            fail(status.error());
            return;
        }
        if (m_vault->linkState() == TokenVault::LinkState::Linked) {
            setState(PatientLinkState::Linked);
            fetchDetails();
        } else {
            // The record says linked but the keychain has no tokens (wiped or moved machine).
            m_core->accounts()->setLinkState(m_appUserId, LinkState::GrantAgain);
            setState(PatientLinkState::GrantAgain);
        }
    });
}

void PatientSession::reconcileUnrecordedTokens()
{
    // Tokens in the keychain but no link record: the app was stopped between saving PKB's tokens
    // and recording the link. They become the link they were meant for (details fetched, record
    // saved) or are removed; they are never left behind unused. Nothing saved, or a keychain
    // that cannot say, leaves the account as it is, without a message.
    m_vault->load(this, [this](const Status &status) {
        if (!status.ok() || m_vault->linkState() != TokenVault::LinkState::Linked
            || m_state != PatientLinkState::NotLinked)
            return;
        qCInfo(lcLink) << "tokens without a link record: completing the link";
        setBusy(true);
        PatientDetailsJob *job = m_pkb->fetchPatientDetails();
        connect(job, &PkbJob::finished, this, [this, job] {
            setBusy(false);
            if (m_state != PatientLinkState::NotLinked)
                return; // the patient started a grant meanwhile: it decides
            const Result<PatientDetails> details = job->result();
            if (details.ok() && finishLink(details.value()).ok()) {
                setState(PatientLinkState::Linked);
                Q_EMIT detailsChanged(); // shown now that the account counts as linked
                return;
            }
            if (!details.ok() && details.error().retryable) {
                qCInfo(lcLink) << "could not complete the link now; the next sign-in tries again";
                return;
            }
            qCInfo(lcLink) << "removing tokens that cannot become a link";
            m_vault->remove(this, [](const Status &) {});
        });
    });
}

void PatientSession::onVaultStateChanged()
{
    // Only a link that exists can end; tokens found without one are reconciled instead.
    if (m_vault->linkState() != TokenVault::LinkState::GrantAgain
        || (m_state != PatientLinkState::Linked && m_state != PatientLinkState::Loading))
        return;
    qCInfo(lcLink) << "PKB ended the grant; the patient must grant access again";
    m_core->accounts()->setLinkState(m_appUserId, LinkState::GrantAgain);
    clearDetails();
    setState(PatientLinkState::GrantAgain);
}

void PatientSession::refreshDetails()
{
    if (m_state == PatientLinkState::Linked && !m_busy)
        fetchDetails();
    else if (m_state == PatientLinkState::Loading || !m_vault)
        start();
}

void PatientSession::fetchDetails()
{
    m_lastError = {};
    setBusy(true);
    PatientDetailsJob *job = m_pkb->fetchPatientDetails();
    connect(job, &PkbJob::finished, this, [this, job] {
        setBusy(false);
        const Result<PatientDetails> result = job->result();
        if (result.ok()) {
            applyDetails(result.value());
            return;
        }
        if (result.error().kind == AppError::Kind::GrantRevoked) {
            onVaultStateChanged();
            if (m_state != PatientLinkState::GrantAgain) {
                m_core->accounts()->setLinkState(m_appUserId, LinkState::GrantAgain);
                clearDetails();
                setState(PatientLinkState::GrantAgain);
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
    const Result<EnvironmentConfig> environment = m_core->environment();
    if (!environment.ok()) {
        fail(environment.error());
        return nullptr;
    }
    if (m_attempt)
        m_attempt->abandon({});
    useEnvironment(environment.value());
    if (m_state != PatientLinkState::Linking)
        m_stateBeforeLink =
            m_state == PatientLinkState::Loading ? PatientLinkState::NotLinked : m_state;
    EnvironmentConfig attemptEnvironment = m_environment;
    if (!redirectUri.isEmpty())
        attemptEnvironment.redirectUri = redirectUri;
    m_attempt = new LinkAttempt(this, attemptEnvironment, this);
    connect(m_attempt, &LinkAttempt::finished, this, [this](const AppError &error) {
        if (!error) {
            setState(PatientLinkState::Linked);
            return;
        }
        setState(m_stateBeforeLink);
        if (error.kind != AppError::Kind::Cancelled)
            fail(error);
    });
    setState(PatientLinkState::Linking);
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
    record.state = LinkState::Linked;
    const Status saved = m_core->accounts()->saveLinkRecord(record);
    if (!saved.ok())
        return saved;
    applyDetails(details);
    return Done {};
}

void PatientSession::unlink()
{
    if (!m_vault) {
        m_core->accounts()->removeLinkRecord(m_appUserId);
        clearDetails();
        setState(PatientLinkState::NotLinked);
        Q_EMIT unlinked();
        return;
    }
    setBusy(true);
    m_vault->remove(this, [this](const Status &status) {
        setBusy(false);
        if (!status.ok()) {
            fail(status.error());
            return;
        }
        const Status removed = m_core->accounts()->removeLinkRecord(m_appUserId);
        clearDetails();
        setState(PatientLinkState::NotLinked);
        if (!removed.ok())
            fail(removed.error());
        Q_EMIT unlinked();
    });
}

Status PatientSession::changePassword(const QString &current, const QString &newPassword,
                                      const QString &confirmation)
{
    return m_core->accounts()->changePassword(m_appUserId, current, newPassword, confirmation);
}

void PatientSession::deleteAccount()
{
    const auto deleteRecords = [this] {
        const Status deleted = m_core->accounts()->deleteAccount(m_appUserId);
        if (!deleted.ok()) {
            fail(deleted.error());
            return;
        }
        clearDetails();
        Q_EMIT accountDeleted();
    };
    // Every key the account ever had, in any environment or at any PKB origin.
    const Result<QStringList> recorded = m_core->accounts()->keychainKeys(m_appUserId);
    if (!recorded.ok()) {
        fail(recorded.error());
        return;
    }
    QStringList others = recorded.value();
    if (m_vault)
        others.removeAll(m_vault->keychainKey());
    const auto removeOthers = [this, others, deleteRecords] {
        removeKeychainEntries(others, [this, deleteRecords] {
            setBusy(false);
            deleteRecords();
        });
    };
    setBusy(true);
    if (!m_vault) {
        removeOthers();
        return;
    }
    // Tokens first: if the keychain refuses, the account stays so nothing is orphaned.
    m_vault->remove(this, [this, removeOthers](const Status &status) {
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
    delete m_pkb;
    m_pkb = nullptr;
    if (m_vault && m_vault->hasWorkInFlight()) {
        // PKB may already have rotated the refresh token: the refresh ends, and its result is
        // saved, after the session. The vault takes its token client with it; the core keeps
        // the keychain and the network alive meanwhile.
        m_vault->setParent(m_core);
        m_tokenClient->setParent(m_vault);
        m_vault->retire();
    } else {
        delete m_vault;
        delete m_tokenClient;
    }
    m_vault = nullptr;
    m_tokenClient = nullptr;
}

void PatientSession::setState(PatientLinkState state)
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
