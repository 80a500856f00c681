#include "AccessibleApplication.h"
#include "GrantModuleLoader.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "config/AppSettings.h"
#include "config/CommandLine.h"
#include "core/Redaction.h"
#include "link/AppCore.h"
#include "link/PatientSession.h" // AppCore::session() needs the complete type

#include <QApplication>
#include <QDir>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before anything can log: no token, code or secret reaches a log line.
    Redaction::installMessageHandler();

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

    // Settings are read before the application object: a custom redirect scheme must be
    // registered with Qt WebEngine first.
    // The administrator's file comes from the system location only; --system-settings can add
    // fixed values to it (to try a policy), never replace or relax it.
    auto *settings = new AppSettings(commandLine.settingsFile);
    settings->addPolicyFile(commandLine.systemSettingsFile);
    const QString applyError = commandLine.applyTo(*settings);
    // Only then is the grant view module (Qt WebEngine) loaded at start; the default loopback
    // redirect loads it when the patient first connects.
    const QUrl redirectUri(settings->redirectUri().trimmed());
    if (GrantModuleLoader::needsEarlyLoad(redirectUri))
        GrantModuleLoader::registerRedirectScheme(redirectUri);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // Qt WebEngine asks for it

    AccessibleApplication::install();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("PKB Link"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pkblink.PkbLink"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pkb-link.svg")));
    settings->setParent(&app);
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    const QString dataDirectory = commandLine.dataDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : commandLine.dataDirectory;
    QDir().mkpath(dataDirectory);

    // The composition root: the language first (the core's first messages are in it), then the
    // core on the settings and data folder, then the window on the core. Destroyed the other
    // way round.
    LanguageSwitcher language;
    language.setLanguage(settings->language());
    AppCore core(settings, dataDirectory);
    MainWindow window(&core, &language);
    if (!applyError.isEmpty())
        window.showStartupError(applyError);
    if (settings->kioskMode())
        window.showFullScreen();
    else
        window.show();
    return app.exec();
}
