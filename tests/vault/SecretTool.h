#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Looks into the Secret Service from outside the process (libsecret's secret-tool), so tests see
// what is really stored, whatever is queued inside the app.
namespace SecretTool {
bool isAvailable();
// Keys stored under the service "PKB Link" that start with prefix.
QStringList keysWithPrefix(const QString &prefix);
// The raw bytes of one entry as QtKeychain wrote it (binary data, base64 in libsecret).
std::optional<QByteArray> entry(const QString &key);
} // namespace SecretTool
