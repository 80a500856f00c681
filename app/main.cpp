#include "MainWindow.h"
#include "config/AppSettings.h"
#include "config/CommandLine.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("PKB Link"));
    QCoreApplication::setApplicationName(QStringLiteral("pkb-link"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PKBLINK_VERSION));

    const CommandLine commandLine = CommandLine::parse(arguments);
    if (commandLine.showVersion) {
        std::printf("pkb-link %s (Qt %s)\n", PKBLINK_VERSION, qVersion());
        return 0;
    }
    if (commandLine.showHelp || !commandLine.errorText.isEmpty()) {
        if (!commandLine.errorText.isEmpty())
            std::fprintf(stderr, "%s\n\n", qPrintable(commandLine.errorText));
        std::fprintf(commandLine.showHelp ? stdout : stderr, "%s",
                     qPrintable(commandLine.helpText));
        return commandLine.showHelp ? 0 : 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("PKB Link"));

    AppSettings settings(commandLine.settingsFile, commandLine.systemSettingsFile);
    const QString applyError = commandLine.applyTo(settings);
    const QString dataDirectory = commandLine.dataDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : commandLine.dataDirectory;
    QDir().mkpath(dataDirectory);

    MainWindow window(&settings, dataDirectory);
    if (!applyError.isEmpty())
        window.showStartupError(applyError);
    window.show();
    return app.exec();
}
