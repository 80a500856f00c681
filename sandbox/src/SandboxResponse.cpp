#include "SandboxResponse.h"

#include <QJsonDocument>

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object,
                                      const QByteArray &contentType)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.headers.append({ "Content-Type", contentType + "; charset=utf-8" });
    return response;
}

SandboxResponse SandboxResponse::html(int status, const QString &page)
{
    SandboxResponse response;
    response.status = status;
    response.body = page.toUtf8();
    response.headers = { { "Content-Type", "text/html; charset=utf-8" },
                         { "Cache-Control", "no-store" },
                         { "X-Frame-Options", "DENY" },
                         { "Referrer-Policy", "no-referrer" } };
    return response;
}

SandboxResponse SandboxResponse::redirect(const QByteArray &location)
{
    SandboxResponse response;
    response.status = 302;
    // Control characters, spaces and non-ASCII never reach the header (no response splitting).
    QByteArray safe;
    for (const char c : location) {
        const auto byte = uchar(c);
        if (byte <= 0x20 || byte >= 0x7f)
            safe += '%' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
        else
            safe += c;
    }
    response.headers = { { "Location", safe },
                         { "Cache-Control", "no-store" },
                         { "Referrer-Policy", "no-referrer" } };
    return response;
}

SandboxResponse SandboxResponse::oauthError(int status, const QString &error,
                                            const QString &description)
{
    return json(status,
                { { QStringLiteral("error"), error },
                  { QStringLiteral("error_description"), description } })
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
}

SandboxResponse &SandboxResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
