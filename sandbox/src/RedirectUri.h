#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// Redirect URI rules of the sandbox's client registration.
namespace RedirectUri {
// True when `requested` is `registered`, possibly with extra query parameters (pkb-api.md): the
// port included, as PKB registers redirect URIs. With loopbackAnyPort, a registered loopback IP
// URI without a port accepts any port (RFC 8252 7.3), so a test can point the redirect at a
// port it listens on.
bool matches(const QString &requested, const QString &registered, bool loopbackAnyPort = false);
// `uri` with the parameters appended to its query (with '&' when it already has one).
QByteArray withParameters(const QString &uri, const QList<std::pair<QString, QString>> &pairs);
} // namespace RedirectUri
