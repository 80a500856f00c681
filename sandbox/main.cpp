// pkb-sandbox: a local PKB-compatible server. All logic is in src/ (pkbsandbox_lib).
#include "SandboxCommandLine.h"
#include "SandboxHttpServer.h"
#include "SandboxState.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

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
    const QByteArray seed = seedFile.readAll();
    PatientStore patients;
    QString error;
    if (!patients.load(seed, &error))
        return fail(QStringLiteral("seed %1: %2").arg(seedPath, error));
    ProviderAccounts providerAccounts;
    if (!providerAccounts.load(seed, &error))
        return fail(QStringLiteral("seed %1: %2").arg(seedPath, error));

    SandboxState state(commandLine.config, patients, providerAccounts);
    for (const Fault &fault : std::as_const(commandLine.faults))
        state.faults.add(fault);

    SandboxHttpServer server(state);
    const quint16 port = server.listenOnLoopback(commandLine.port);
    if (port == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(commandLine.port));
    // The identity-provider stand-in: another origin (its own port), the same process and state.
    SandboxHttpServer provider(state, SandboxHttpServer::Site::IdentityProvider);
    const quint16 providerPort = provider.listenOnLoopback(commandLine.providerPort);
    if (providerPort == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(commandLine.providerPort));
    state.pkbBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    state.providerBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(providerPort));
    // One write, so a reader that sees the first line sees the second too.
    std::printf("pkb-sandbox listening on http://127.0.0.1:%u\n"
                "pkb-sandbox identity provider on http://127.0.0.1:%u\n",
                unsigned(port), unsigned(providerPort));
    std::fflush(stdout);
    return app.exec();
}
