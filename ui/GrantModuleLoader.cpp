#include "GrantModuleLoader.h"

#include "GrantViewInterface.h"
#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QPluginLoader>

namespace {
struct LoadState
{
    GrantViewModule *module = nullptr;
    QString error;
};

LoadState &state()
{
    static LoadState loaded;
    return loaded;
}

QString applicationDirectory()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Before the application object (early load for a custom redirect scheme).
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return self.exists() ? QFileInfo(self.canonicalFilePath()).absolutePath() : QString();
}

QString loadFrom(const QString &directory, GrantViewModule **module)
{
    QPluginLoader loader(QDir(directory).filePath(GrantModuleLoader::moduleBaseName()));
    const QString iid = loader.metaData().value(QLatin1String("IID")).toString();
    if (loader.metaData().isEmpty())
        return QStringLiteral("no grant view module in %1 (%2)")
            .arg(directory, loader.errorString());
    if (iid != QLatin1String(PKBLINK_GRANTVIEW_IID))
        return QStringLiteral("grant view module %1 has interface %2, this app needs %3")
            .arg(loader.fileName(), iid, QLatin1String(PKBLINK_GRANTVIEW_IID));
    QObject *instance = loader.instance();
    *module = qobject_cast<GrantViewModule *>(instance);
    if (!*module)
        return QStringLiteral("grant view module %1 did not load (%2)")
            .arg(loader.fileName(), loader.errorString());
    return {};
}
} // namespace

QStringList GrantModuleLoader::searchDirectories()
{
    const QString forTests = qEnvironmentVariable("PKBLINK_GRANT_MODULE_DIR");
    if (!forTests.isEmpty())
        return { forTests };
    const QString appDir = applicationDirectory();
    if (appDir.isEmpty())
        return {};
    const QDir dir(appDir);
    QStringList directories { appDir };
#ifdef PKBLINK_GRANT_MODULE_RELDIR
    directories.append(QDir::cleanPath(dir.filePath(QStringLiteral(PKBLINK_GRANT_MODULE_RELDIR))));
#endif
    directories.append(QDir::cleanPath(dir.filePath(QStringLiteral("../PlugIns/pkb-link"))));
    return directories;
}

GrantViewModule *GrantModuleLoader::module()
{
    LoadState &loaded = state();
    if (loaded.module)
        return loaded.module;
    QStringList errors;
    const QStringList directories = searchDirectories();
    for (const QString &directory : directories) {
        const QString error = loadFrom(directory, &loaded.module);
        if (error.isEmpty()) {
            qCInfo(lcUi) << "grant view module loaded from" << directory;
            return loaded.module;
        }
        errors.append(error);
    }
    loaded.error = errors.isEmpty() ? QStringLiteral("no place to look for the grant view module")
                                    : errors.join(QLatin1String("; "));
    qCWarning(lcUi).noquote() << loaded.error;
    return nullptr;
}

QString GrantModuleLoader::errorDetail()
{
    return state().error;
}

QString GrantModuleLoader::userMessage()
{
    return tr("The part of PKB Link that shows PKB's pages is missing or from another version. "
              "Reinstall PKB Link.");
}

bool GrantModuleLoader::needsEarlyLoad(const QUrl &redirectUri)
{
    const QString scheme = redirectUri.scheme().toLower();
    return !scheme.isEmpty() && scheme != QLatin1String("http") && scheme != QLatin1String("https");
}

bool GrantModuleLoader::registerRedirectScheme(const QUrl &redirectUri)
{
    GrantViewModule *loaded = module();
    return loaded && loaded->registerRedirectScheme(redirectUri);
}
