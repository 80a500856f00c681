#include "pkb/PublicIdJob.h"

#include "pkb/FhirPurviewParser.h"
#include "pkb/PkbEndpoints.h"

PublicIdJob::PublicIdJob(const PkbConnection &connection, QObject *parent)
    : PkbJob(connection, parent)
{ }

Result<QString> PublicIdJob::result() const
{
    if (m_result)
        return *m_result;
    return AppError::make(AppError::Kind::Cancelled, {}, QStringLiteral("job not finished"));
}

void PublicIdJob::run()
{
    get(PkbEndpoints::purview(connection().config), PkbGetRequest::Api::Fhir,
        QStringLiteral("/fhir/Consent/$purview"), &PublicIdJob::onPurview);
}

void PublicIdJob::onPurview(PkbGetRequest *request)
{
    const Result<QByteArray> body = request->result();
    if (!body) {
        finish(body.error());
        return;
    }
    finish(FhirPurviewParser::parse(body.value()));
}

void PublicIdJob::finish(Result<QString> result)
{
    if (isFinished())
        return;
    m_result = std::move(result);
    finishOnce();
}
