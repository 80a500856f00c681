// pkb-sandbox: a local PKB-compatible server. All logic is in src/ (pkbsandbox_lib).
#include "SandboxCommandLine.h"
#include "SandboxHttpServer.h"
#include "SandboxState.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "pkb-sandbox: %s\n", qUtf8Printable(message));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pkb-sandbox"));

    SandboxCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case SandboxCommandLine::Result::ShowHelp:
        std::fputs(qUtf8Printable(commandLine.helpText()), stdout);
        return 0;
    case SandboxCommandLine::Result::Error:
        return fail(commandLine.errorText() + QStringLiteral("\n\n") + commandLine.helpText());
    case SandboxCommandLine::Result::Run:
        break;
    }

    const QString seedPath = commandLine.seedFile.isEmpty()
        ? QStringLiteral(":/pkbsandbox/patients.json")
        : commandLine.seedFile;
    QFile seedFile(seedPath);
    if (!seedFile.open(QIODevice::ReadOnly))
        return fail(
            QStringLiteral("cannot read seed %1: %2").arg(seedPath, seedFile.errorString()));
    PatientStore patients;
    QString error;
    if (!patients.load(seedFile.readAll(), &error))
        return fail(QStringLiteral("seed %1: %2").arg(seedPath, error));

    SandboxState state(commandLine.config, patients);
    for (const Fault &fault : std::as_const(commandLine.faults))
        state.faults.add(fault);

    SandboxHttpServer server(state);
    const quint16 port = server.listenOnLoopback(commandLine.port);
    if (port == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(commandLine.port));
    std::printf("pkb-sandbox listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
