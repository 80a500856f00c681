#pragma once

#include <QByteArray>
#include <QString>

// The parts of an HTTP request the sandbox looks at, copied out of the transport's request so a
// delayed (latency fault) answer can still be computed after the transport object is gone.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded, without the query
    QByteArray query; // percent-encoded, without '?'
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray cookie;
    bool fromLoopback = true;

    // The value of one cookie from the Cookie header, or a null QString.
    QString cookieValue(const QString &name) const;
};
