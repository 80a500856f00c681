#include "link/LinkAttempt.h"

#include "auth/AuthorizationCallback.h"
#include "auth/AuthorizationRequest.h"
#include "auth/TokenClient.h"
#include "auth/TokenRequestJob.h"
#include "core/LogCategories.h"
#include "link/SessionClients.h"
#include "pkb/PatientDetailsJob.h"

#include <QCoreApplication>

LinkAttempt::LinkAttempt(const SessionClients &clients, const EnvironmentConfig &environment,
                         RecordLink recordLink, QObject *parent)
    : QObject(parent)
    , m_tokenClient(clients.tokenClient.get())
    , m_vault(clients.vault.get())
    , m_pkb(clients.pkb.get())
    , m_recordLink(std::move(recordLink))
    , m_environment(environment)
    , m_request(std::make_unique<AuthorizationRequest>(environment))
{ }

LinkAttempt::~LinkAttempt() = default;

QUrl LinkAttempt::authorizeUrl() const
{
    return m_request->url();
}

bool LinkAttempt::answersRequest(const QUrl &redirect) const
{
    return !m_finished && m_stage == Stage::WaitingForGrant
        && AuthorizationCallback::answers(redirect, *m_request);
}

void LinkAttempt::complete(const QUrl &redirect)
{
    if (m_finished || m_stage != Stage::WaitingForGrant)
        return;
    const Result<QString> code = AuthorizationCallback::validate(redirect, *m_request);
    if (!code.ok()) {
        finish(code.error());
        return;
    }
    exchangeCode(code.value());
}

void LinkAttempt::exchangeCode(const QString &code)
{
    setStage(Stage::ExchangingCode);
    m_clock.start();
    TokenRequestJob *job =
        m_tokenClient->exchangeCode(code, m_request->codeVerifier(), m_request->redirectUri());
    connect(job, &TokenRequestJob::finished, this, [this, job] {
        const Result<TokenSet> tokens = job->result();
        if (!tokens.ok()) {
            finish(tokens.error());
            return;
        }
        m_tokens = tokens.value();
        saveTokens();
    });
}

void LinkAttempt::saveTokens()
{
    setStage(Stage::SavingTokens);
    m_vault->store(m_tokens, this, [this](const Status &stored) {
        if (stored.ok()) {
            qCInfo(lcLink) << "code exchanged and tokens stored in" << m_clock.elapsed() << "ms";
            fetchDetails();
            return;
        }
        if (stored.error().kind == AppError::Kind::KeychainUnavailable) {
            // PKB's grant is live and has no revocation: keep it in memory (never on disk) until
            // the keychain opens, rather than make the patient grant again.
            qCInfo(lcLink) << "tokens kept in memory until the keychain can take them";
            setStage(Stage::WaitingForKeychain);
            Q_EMIT keychainNeeded(stored.error());
            return;
        }
        // Nothing half-written may stay behind.
        dropTokens(stored.error());
    });
}

void LinkAttempt::retrySavingTokens()
{
    if (!m_finished && m_stage == Stage::WaitingForKeychain)
        saveTokens();
}

void LinkAttempt::fetchDetails()
{
    setStage(Stage::FetchingDetails);
    PatientDetailsJob *job = m_pkb->fetchPatientDetails();
    connect(job, &PkbJob::finished, this, [this, job] {
        const Result<PatientDetails> details = job->result();
        const Status saved = details.ok() ? m_recordLink(details.value()) : Status(details.error());
        if (!saved.ok()) {
            dropTokens(saved.error());
            return;
        }
        setStage(Stage::Done);
        finish({});
    });
}

void LinkAttempt::dropTokens(const AppError &error)
{
    m_tokens = {};
    m_vault->remove(this, [this, error](const Status &) { finish(error); });
}

void LinkAttempt::abandon(const AppError &error)
{
    if (m_stage == Stage::WaitingForKeychain) {
        // The patient gives up on the keychain: the tokens held in memory go.
        dropTokens(
            AppError::make(AppError::Kind::Cancelled,
                           QCoreApplication::translate("LinkAttempt", "Linking was cancelled.")));
        return;
    }
    if (m_stage != Stage::WaitingForGrant)
        return; // the exchange is under way: let it finish consistently
    finish(error.isError() ? error
                           : AppError::make(AppError::Kind::Cancelled,
                                            QCoreApplication::translate("LinkAttempt",
                                                                        "Linking was cancelled.")));
}

void LinkAttempt::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void LinkAttempt::finish(const AppError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (error)
        qCInfo(lcLink) << "link attempt ended:" << int(error.kind) << error.technicalDetail;
    else
        qCInfo(lcLink) << "linked";
    Q_EMIT finished(error);
    deleteLater();
}
