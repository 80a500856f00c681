#pragma once

#include "config/Environment.h"
#include "core/AccessTokenProvider.h"
#include "pkb/PatientDetailsJob.h"

#include <QObject>

class QNetworkAccessManager;

// Reads the signed-in patient's record from PKB with tokens from an AccessTokenProvider.
// Neither the network access manager nor the token provider is owned; both must outlive the
// client. Each fetch returns a started job (child of the client) that emits finished() once
// and then deletes itself.
class PkbClient : public QObject
{
    Q_OBJECT
public:
    PkbClient(QNetworkAccessManager *network, const EnvironmentConfig &config,
              AccessTokenProvider *tokens, QObject *parent = nullptr);

    // Demographics and identifiers, from the calls config.detailsSource names.
    PatientDetailsJob *fetchPatientDetails();

    const EnvironmentConfig &config() const { return m_connection.config; }

private:
    PkbConnection m_connection;
};
