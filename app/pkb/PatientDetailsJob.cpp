#include "pkb/PatientDetailsJob.h"

#include "core/LogCategories.h"
#include "pkb/FhirPatientParser.h"
#include "pkb/FhirPurviewParser.h"
#include "pkb/PkbJob.h"
#include "pkb/UsersSelfParser.h"

PatientDetailsJob::PatientDetailsJob(const PkbConnection &connection, QObject *parent)
    : PkbJob(connection, parent)
    , m_source(connection.config.detailsSource)
{ }

Result<PatientDetails> PatientDetailsJob::result() const
{
    if (m_result)
        return *m_result;
    return AppError::make(AppError::Kind::Cancelled, {}, QStringLiteral("job not finished"));
}

void PatientDetailsJob::run()
{
    qCDebug(lcPkb).noquote() << "fetching patient details from" << detailsSourceName(m_source);
    if (m_source != DetailsSource::RestOnly)
        get(PkbEndpoints::purview(connection().config), PkbGetRequest::Api::Fhir,
            QStringLiteral("/fhir/Consent/$purview"), &PatientDetailsJob::onPurview);
    if (m_source != DetailsSource::FhirOnly)
        get(PkbEndpoints::usersSelf(connection().config), PkbGetRequest::Api::Rest,
            QStringLiteral("/json/users/self"), &PatientDetailsJob::onUsersSelf);
}

void PatientDetailsJob::onPurview(PkbGetRequest *request)
{
    const Result<QByteArray> body = request->result();
    if (!body) {
        finish(body.error());
        return;
    }
    const Result<QString> publicId = FhirPurviewParser::parse(body.value());
    if (!publicId) {
        finish(publicId.error());
        return;
    }
    m_publicId = publicId.value();
    m_purviewDone = true;
    if (m_source == DetailsSource::FhirOnly)
        fetchFhirPatient();
    else
        completeBoth();
}

void PatientDetailsJob::onUsersSelf(PkbGetRequest *request)
{
    const Result<QByteArray> body = request->result();
    if (!body) {
        const auto kind = body.error().kind;
        const bool unavailable =
            kind == AppError::Kind::Forbidden || kind == AppError::Kind::NotFound;
        if (m_source == DetailsSource::Both && unavailable) {
            qCDebug(lcPkb) << "users/self unavailable; falling back to FHIR Patient";
            m_usersSelfUnavailable = true;
            m_usersSelfDone = true;
            completeBoth();
            return;
        }
        finish(body.error());
        return;
    }
    Result<PatientDetails> details = UsersSelfParser::parse(body.value());
    if (!details) {
        finish(details.error());
        return;
    }
    if (m_source == DetailsSource::RestOnly) {
        finish(details);
        return;
    }
    m_usersSelf = details.takeValue();
    m_usersSelfDone = true;
    completeBoth();
}

void PatientDetailsJob::completeBoth()
{
    if (!m_purviewDone || !m_usersSelfDone)
        return;
    if (m_usersSelfUnavailable) {
        fetchFhirPatient();
        return;
    }
    PatientDetails details = *m_usersSelf;
    details.publicId = m_publicId;
    finish(details);
}

void PatientDetailsJob::fetchFhirPatient()
{
    get(PkbEndpoints::patient(connection().config, m_publicId), PkbGetRequest::Api::Fhir,
        QStringLiteral("/fhir/Patient/{id}"), &PatientDetailsJob::onPatient);
}

void PatientDetailsJob::onPatient(PkbGetRequest *request)
{
    const Result<QByteArray> body = request->result();
    if (!body) {
        finish(body.error());
        return;
    }
    Result<PatientDetails> details = FhirPatientParser::parse(body.value());
    if (!details) {
        finish(details.error());
        return;
    }
    PatientDetails merged = details.takeValue();
    if (!merged.publicId.isEmpty() && merged.publicId != m_publicId)
        qCWarning(lcPkb) << "FHIR Patient names another public id than purview; using purview's";
    // purview is PKB's answer to "whose record does this token open".
    merged.publicId = m_publicId;
    finish(merged);
}

void PatientDetailsJob::finish(Result<PatientDetails> result)
{
    if (isFinished())
        return;
    if (result)
        qCDebug(lcPkb) << "patient details fetched";
    else
        qCDebug(lcPkb) << "patient details failed, error kind" << int(result.error().kind);
    m_result = std::move(result);
    finishOnce(m_result->ok() ? AppError {} : m_result->error());
}
