#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

// The sites besides PKB's own origin that PKB's sign-in pages may lead to inside the grant view
// (identity providers such as NHS login). Each is an origin: scheme, host and port.
struct SignInOrigins
{
    QList<QUrl> origins; // normalised: scheme://host[:port], no path
    bool anyLoopback = false; // "loopback": any http(s) origin on this computer (local only)

    bool contains(const QUrl &url) const;
    bool isEmpty() const { return origins.isEmpty() && !anyLoopback; }

    // The built-in list of an environment (docs/administrators.md says where it comes from).
    static QString defaultsFor(const QString &environmentId);
    // The setting's text: origins separated by spaces or commas; "default" stands for the
    // environment's built-in list, "loopback" (local only) for any origin on this computer.
    // https only; plain http only for loopback hosts in the local environment.
    static Result<SignInOrigins> parse(const QString &setting, const QString &environmentId);
    // A plain name for a well-known sign-in site ("NHS login"), or an empty string.
    static QString knownName(const QUrl &url);
    // scheme://host[:port] of url (lower-case host, default port dropped).
    static QUrl originOf(const QUrl &url);

    bool operator==(const SignInOrigins &other) const = default;
};
