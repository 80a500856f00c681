#pragma once

#include "Fault.h"
#include "SandboxConfig.h"

#include <QList>
#include <QString>
#include <QStringList>

// The command line of pkb-sandbox (every flag is described in README.md and by --help).
class SandboxCommandLine
{
public:
    enum class Result { Run, ShowHelp, Error };

    Result parse(const QStringList &arguments);

    QString helpText() const { return m_helpText; }
    QString errorText() const { return m_errorText; }

    SandboxConfig config;
    quint16 port = 0;
    quint16 providerPort = 0; // the identity-provider stand-in's own listener
    QString seedFile; // empty: the seed compiled into the executable
    QList<Fault> faults;

private:
    QString m_helpText;
    QString m_errorText;
};
