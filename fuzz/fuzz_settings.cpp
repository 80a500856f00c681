// The settings files and their validation: the user's file, the administrator's and a policy
// file, separated in the input by "\n%%\n", read by AppSettings into an EnvironmentConfig.
#include "FuzzSupport.h"
#include "config/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace {
std::unique_ptr<QTemporaryDir> folder;

// The same names every time, each write with a modification time of its own: QSettings keeps
// files it read in a cache and reads one again only when its size or modification time changed.
QString written(const QByteArray &content, const char *role)
{
    static qint64 serial = 0;
    const QString name = folder->filePath(QLatin1String(role) + QStringLiteral(".conf"));
    QFile file(name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size()
        || !file.setFileTime(QDateTime::fromSecsSinceEpoch(++serial, QTimeZone::utc()),
                             QFileDevice::FileModificationTime))
        FuzzSupport::fail("cannot write a settings file");
    return name;
}

QList<QByteArray> files(const QByteArray &input)
{
    static const QByteArray separator("\n%%\n");
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (qsizetype at; parts.size() < 2 && (at = input.indexOf(separator, from)) >= 0;
         from = at + separator.size())
        parts.append(input.mid(from, at - from));
    parts.append(input.mid(from));
    while (parts.size() < 3)
        parts.append(QByteArray());
    return parts;
}

void checkConfig(const AppSettings &settings, const AppSettings &administratorOnly)
{
    for (const AppSettings::Key key : AppSettings::allKeys()) {
        if (AppSettings::isAdminOnly(key))
            FuzzSupport::check(settings.value(key) == administratorOnly.value(key),
                               "administrator-only settings come from the administrator");
    }
    const Result<EnvironmentConfig> config = settings.environmentConfig();
    if (!config)
        return;
    const EnvironmentConfig &c = config.value();
    FuzzSupport::check(!c.validate(!settings.clientSecret().isEmpty()),
                       "a config given out is valid");
    const std::pair<AppSettings::Key, const QUrl *> endpoints[] = {
        { AppSettings::Key::authorizeUrl, &c.authorizeUrl },
        { AppSettings::Key::tokenUrl, &c.tokenUrl },
        { AppSettings::Key::apiBaseUrl, &c.apiBaseUrl },
        { AppSettings::Key::fhirBaseUrl, &c.fhirBaseUrl },
    };
    for (const auto &[key, url] : endpoints) {
        // Tokens go to another origin than PKB's only where the administrator's file says so.
        FuzzSupport::check(isSameOrigin(*url, c.baseUrl)
                               || (administratorOnly.isFixed(key)
                                   && administratorOnly.value(key) == settings.value(key)),
                           "endpoints off the base's origin come from the administrator");
        FuzzSupport::check(c.mayReceiveTokens(*url), "every endpoint may receive tokens");
    }
    (void)c.tokenOrigin();
    (void)c.expectedIssuer();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceLogs();
    // In memory where there is such a folder: a file system that journals makes every
    // execution wait for the disk.
    const QString shm = QStringLiteral("/dev/shm");
    folder = QFileInfo(shm).isWritable()
        ? std::make_unique<QTemporaryDir>(shm + QStringLiteral("/pkblink-fuzz-XXXXXX"))
        : std::make_unique<QTemporaryDir>();
    FuzzSupport::check(folder->isValid(), "a temporary folder");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = files(FuzzSupport::bytes(data, size));
    const QString user = written(parts.at(0), "user");
    const QString administrator = written(parts.at(1), "administrator");
    const QString policy = written(parts.at(2), "policy");
    const QString empty = written(QByteArray(), "empty");
    {
        AppSettings settings(user, administrator);
        settings.addPolicyFile(policy);
        AppSettings administratorOnly(empty, administrator);
        checkConfig(settings, administratorOnly);
    }
    return 0;
}
