#include "pkb/PkbClient.h"

#include <QNetworkAccessManager>

PkbClient::PkbClient(QNetworkAccessManager *network, const EnvironmentConfig &config,
                     AccessTokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_connection { network, config, tokens }
{
    qRegisterMetaType<PatientDetails>();
}

PatientDetailsJob *PkbClient::fetchPatientDetails()
{
    auto *job = new PatientDetailsJob(m_connection, this);
    job->start();
    return job;
}
