#pragma once

#include "core/Result.h"
#include "pkb/PatientDetails.h"
#include "pkb/PkbJob.h"

#include <optional>

// Fetches the patient's details the way EnvironmentConfig::detailsSource says:
// - RestOnly: users/self.
// - FhirOnly: Consent/$purview, then Patient/{public id}.
// - Both: purview (the public id) and users/self (demographics) at once, merged; when
//   users/self is unavailable (403/404) the demographics come from Patient/{public id}.
// Any other failure of a needed call ends the job with that call's error. Made by PkbClient.
class PatientDetailsJob : public PkbJob
{
    Q_OBJECT
public:
    // Valid once finished() was emitted.
    Result<PatientDetails> result() const;

private:
    friend class PkbClient;
    PatientDetailsJob(const PkbConnection &connection, QObject *parent);

    void run() override;
    void onPurview(PkbGetRequest *request);
    void onUsersSelf(PkbGetRequest *request);
    void onPatient(PkbGetRequest *request);
    void completeBoth();
    void fetchFhirPatient();
    void finish(Result<PatientDetails> result);

    DetailsSource m_source = DetailsSource::Both;
    bool m_purviewDone = false;
    bool m_usersSelfDone = false;
    bool m_usersSelfUnavailable = false;
    QString m_publicId;
    std::optional<PatientDetails> m_usersSelf;
    std::optional<Result<PatientDetails>> m_result;
};
