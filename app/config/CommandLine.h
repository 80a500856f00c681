#pragma once

#include <QString>
#include <QStringList>

class AppSettings;

// The command line of pkb-link, parsed before the application object exists (the redirect
// scheme must be registered with Qt WebEngine first).
struct CommandLine
{
    bool showHelp = false;
    bool showVersion = false;
    QString errorText; // non-empty: the arguments could not be used
    QString helpText;

    QString settingsFile; // --settings: the user's settings file instead of the default
    QString systemSettingsFile; // --system-settings: a policy file added to the administrator's
    QString dataDirectory; // --data-dir
    QString clientSecretFile; // --client-secret-file
    QStringList overrides; // key=value pairs applied to AppSettings for this run

    static CommandLine parse(const QStringList &arguments);

    // Applies the overrides and the client secret (from the file or PKB_LINK_CLIENT_SECRET).
    // Returns an error text, empty on success.
    QString applyTo(AppSettings &settings) const;
};
