#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <utility>

// One HTTP answer, independent of the transport (SandboxHttpServer writes it).
struct SandboxResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Length is added on writing
    QByteArray body;

    static SandboxResponse json(int status, const QJsonObject &object,
                                const QByteArray &contentType = "application/json");
    static SandboxResponse html(int status, const QString &page);
    static SandboxResponse redirect(const QByteArray &location); // already URL-encoded
    // {"error":..,"error_description":..} with the no-store headers of RFC 6749 5.1.
    static SandboxResponse oauthError(int status, const QString &error, const QString &description);

    SandboxResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};
