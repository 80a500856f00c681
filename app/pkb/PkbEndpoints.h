#pragma once

#include "config/Environment.h"

#include <QUrl>

// The PKB addresses the client reads from, built from the environment's base URLs.
class PkbEndpoints
{
public:
    static QUrl usersSelf(const EnvironmentConfig &config); // {apiBase}/json/users/self
    static QUrl purview(const EnvironmentConfig &config); // {fhirBase}/Consent/$purview
    // {fhirBase}/Patient/{publicId}; empty when publicId is not a valid public id.
    static QUrl patient(const EnvironmentConfig &config, const QString &publicId);
};
