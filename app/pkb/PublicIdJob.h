#pragma once

#include "core/Result.h"
#include "pkb/PkbJob.h"

#include <optional>

// Reads the patient's PKB public id from FHIR Consent/$purview. Made by PkbClient.
class PublicIdJob : public PkbJob
{
    Q_OBJECT
public:
    // The public id (UUID, lower case) or the error. Valid once finished() was emitted.
    Result<QString> result() const;

private:
    friend class PkbClient;
    PublicIdJob(const PkbConnection &connection, QObject *parent);

    void run() override;
    void onPurview(PkbGetRequest *request);
    void finish(Result<QString> result);

    std::optional<Result<QString>> m_result;
};
