#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class GrantViewModule;

// Finds and loads the grant view module (the only part of PKB Link that links Qt WebEngine) the
// first time it is needed; once loaded it is never unloaded (a failure is tried again next time).
// Where it looks, in order: beside the executable (build tree, Windows),
// <bindir>/PKBLINK_GRANT_MODULE_RELDIR (Linux: <libdir>/pkb-link) and ../PlugIns/pkb-link (macOS
// bundle). The environment variable PKBLINK_GRANT_MODULE_DIR replaces these places: a seam for
// tests, not a setting.
class GrantModuleLoader
{
    Q_DECLARE_TR_FUNCTIONS(GrantModuleLoader)

public:
    GrantModuleLoader() = delete;

    // The loaded module, or null with errorDetail() saying why (missing, not a plugin, another
    // interface version).
    static GrantViewModule *module();
    static QString errorDetail();
    // What the patient is told when module() is null.
    static QString userMessage();

    // A redirect URI that is not http(s) needs its scheme registered with Qt WebEngine before
    // the application object: main() then loads the module at start and calls this.
    static bool needsEarlyLoad(const QUrl &redirectUri);
    static bool registerRedirectScheme(const QUrl &redirectUri);

    static QStringList searchDirectories();
    static QString moduleBaseName() { return QStringLiteral("pkblink_grantview"); }
};
