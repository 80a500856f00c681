#include "link/LinkAttempt.h"

#include "auth/AuthorizationCallback.h"
#include "auth/AuthorizationRequest.h"
#include "auth/TokenClient.h"
#include "auth/TokenRequestJob.h"
#include "core/LogCategories.h"
#include "link/PatientSession.h"
#include "pkb/PatientDetailsJob.h"
#include "pkb/PkbClient.h"
#include "vault/TokenVault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

LinkAttempt::LinkAttempt(PatientSession *session, const EnvironmentConfig &environment,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_environment(environment)
    , m_request(std::make_unique<AuthorizationRequest>(environment))
{ }

LinkAttempt::~LinkAttempt() = default;

QUrl LinkAttempt::authorizeUrl() const
{
    return m_request->url();
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
    setStage(Stage::ExchangingCode);
    auto *clock = new QElapsedTimer;
    clock->start();
    TokenRequestJob *job =
        m_session->m_tokenClient->exchangeCode(code.value(), m_request->codeVerifier());
    connect(job, &TokenRequestJob::finished, this, [this, job, clock] {
        const Result<TokenSet> tokens = job->result();
        if (!tokens.ok()) {
            delete clock;
            finish(tokens.error());
            return;
        }
        m_session->m_vault->store(tokens.value(), this, [this, clock](const Status &stored) {
            qCInfo(lcLink) << "code exchanged and tokens stored in" << clock->elapsed() << "ms";
            delete clock;
            if (!stored.ok()) {
                // Nothing half-written may stay behind.
                m_session->m_vault->remove(this, [](const Status &) {});
                finish(stored.error());
                return;
            }
            setStage(Stage::FetchingDetails);
            PatientDetailsJob *detailsJob = m_session->m_pkb->fetchPatientDetails();
            connect(detailsJob, &PkbJob::finished, this, [this, detailsJob] {
                Result<PatientDetails> details = detailsJob->result();
                Status saved =
                    details.ok() ? m_session->finishLink(details.value()) : Status(details.error());
                if (!saved.ok()) {
                    const AppError error = saved.error();
                    m_session->m_vault->remove(this,
                                               [this, error](const Status &) { finish(error); });
                    return;
                }
                setStage(Stage::Done);
                finish({});
            });
        });
    });
}

void LinkAttempt::abandon(const AppError &error)
{
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
