#include "SecretTool.h"

#include "vault/KeychainStore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QThread>

namespace {
QByteArray runOnce(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(2000);
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}

// secret-tool answers an empty search with exit code 0; anything else is the keyring daemon
// being slow or busy under a loaded machine (seen in CI): ask again before trusting the answer.
QByteArray run(const QStringList &arguments, int *exitCode)
{
    QByteArray output;
    for (int attempt = 0; attempt < 3; ++attempt) {
        output = runOnce(arguments, exitCode);
        if (*exitCode == 0 || arguments.value(0) == QLatin1String("lookup"))
            return output;
        QThread::msleep(200);
    }
    return output;
}
} // namespace

bool SecretTool::isAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
}

QStringList SecretTool::keysWithPrefix(const QString &prefix)
{
    int exitCode = 0;
    const QByteArray output = run({ QStringLiteral("search"), QStringLiteral("--all"),
                                    QStringLiteral("server"), KeychainStore::serviceName() },
                                  &exitCode);
    QStringList keys;
    const QByteArray marker = "attribute.user = ";
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith(marker))
            continue;
        const QString key = QString::fromUtf8(line.mid(marker.size()));
        if (key.startsWith(prefix))
            keys.append(key);
    }
    keys.sort();
    return keys;
}

std::optional<QByteArray> SecretTool::entry(const QString &key)
{
    int exitCode = 0;
    const QByteArray output =
        run({ QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
              KeychainStore::serviceName(), QStringLiteral("type"), QStringLiteral("base64") },
            &exitCode);
    if (exitCode != 0 || output.isEmpty())
        return std::nullopt;
    return QByteArray::fromBase64(output.trimmed());
}
