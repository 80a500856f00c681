#include "config/CommandLine.h"

#include "config/AppSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

struct SettingOption
{
    const char *name;
    AppSettings::Key key;
    const char *description;
    const char *valueName;
};

const SettingOption settingOptions[] = {
    { "environment", AppSettings::Key::environment,
      "PKB environment: sandbox, production-uk, local or custom.", "id" },
    { "pkb-url", AppSettings::Key::baseUrl, "Base URL of PKB (local and custom environments).",
      "url" },
    { "client-id", AppSettings::Key::clientId, "The client id PKB registered for this app.", "id" },
    { "client-auth", AppSettings::Key::clientAuth,
      "Token endpoint client authentication: none, client_secret_basic or client_secret_post.",
      "method" },
    { "redirect-uri", AppSettings::Key::redirectUri, "The redirect URI registered with PKB.",
      "uri" },
    { "details-source", AppSettings::Key::detailsSource, "Patient details from both, rest or fhir.",
      "source" },
    { "language", AppSettings::Key::language, "User interface language (e.g. en, cy, pl, ur).",
      "code" },
    { "idle-timeout", AppSettings::Key::idleTimeoutSeconds, "Kiosk idle timeout in seconds.",
      "seconds" },
};
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("PKB Link: links your Patients Know Best record to this computer."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    for (const auto &option : settingOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                            tr(option.description),
                                            QString::fromLatin1(option.valueName)));
    const QCommandLineOption noPkce(
        QStringLiteral("no-pkce"),
        tr("Do not send PKCE parameters (for servers that reject them)."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"), tr("Run as a shared clinic kiosk (full screen, idle sign-out)."));
    const QCommandLineOption settings(QStringLiteral("settings"), tr("Use this settings file."),
                                      QStringLiteral("file"));
    const QCommandLineOption systemSettings(
        QStringLiteral("system-settings"),
        tr("Try this policy file: its values are fixed like the administrator's, "
           "without replacing or relaxing them."),
        QStringLiteral("file"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep the local accounts database in this folder."),
                                     QStringLiteral("folder"));
    const QCommandLineOption secretFile(QStringLiteral("client-secret-file"),
                                        tr("Read the client secret from this file."),
                                        QStringLiteral("file"));
    parser.addOptions({ noPkce, kiosk, settings, systemSettings, dataDir, secretFile });

    // Parsed before the application object exists, so Qt cannot know the program's name.
    result.helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("pkb-link"));
    if (!parser.parse(arguments)) {
        result.errorText = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        result.errorText = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }
    for (const auto &option : settingOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (parser.isSet(name))
            result.overrides.append(AppSettings::keyName(option.key) + QLatin1Char('=')
                                    + parser.value(name));
    }
    if (parser.isSet(noPkce))
        result.overrides.append(AppSettings::keyName(AppSettings::Key::usePkce)
                                + QStringLiteral("=false"));
    if (parser.isSet(kiosk))
        result.overrides.append(AppSettings::keyName(AppSettings::Key::kioskMode)
                                + QStringLiteral("=true"));
    result.settingsFile = parser.value(settings);
    result.systemSettingsFile = parser.value(systemSettings);
    result.dataDirectory = parser.value(dataDir);
    result.clientSecretFile = parser.value(secretFile);
    return result;
}

QString CommandLine::applyTo(AppSettings &settings) const
{
    for (const QString &pair : overrides) {
        const qsizetype at = pair.indexOf(QLatin1Char('='));
        const QString name = pair.left(at);
        for (AppSettings::Key key : AppSettings::allKeys()) {
            if (AppSettings::keyName(key) == name)
                settings.setOverride(key, pair.mid(at + 1));
        }
    }
    QString secret = qEnvironmentVariable("PKB_LINK_CLIENT_SECRET");
    if (!clientSecretFile.isEmpty()) {
        QFile file(clientSecretFile);
        if (!file.open(QIODevice::ReadOnly))
            return tr("Cannot read the client secret file %1: %2")
                .arg(clientSecretFile, file.errorString());
        secret = QString::fromUtf8(file.readAll()).trimmed();
    }
    settings.setClientSecret(secret);
    return {};
}
