#pragma once

// Small helpers shared by the tst_sandbox_* suites (header-only).

#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace SandboxTest {

using Headers = QList<QPair<QByteArray, QByteArray>>;
inline const QByteArray kForm = "application/x-www-form-urlencoded";

inline QByteArray form(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray body;
    for (const auto &[name, value] : pairs) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

inline QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

inline Headers bearer(const QString &token)
{
    return { { QByteArray("Authorization"), "Bearer " + token.toLatin1() } };
}

inline Headers basic(const QString &id, const QString &secret)
{
    const QByteArray pair = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return { { QByteArray("Authorization"), "Basic " + pair.toBase64() } };
}

inline QString randomVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// An authorize URL with arbitrary (already decoded) parameters.
inline QUrl authorizeUrlWith(const SandboxProcess &sandbox,
                             const QList<QPair<QString, QString>> &pairs)
{
    QUrl url = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/apiAuthorize.action")));
    url.setQuery(QString::fromLatin1(form(pairs)), QUrl::StrictMode);
    return url;
}

// The code from a redirect made by authorizeWithoutBrowser (empty when none).
inline QString codeFor(SandboxProcess &sandbox, const QString &username, const QString &password,
                       const QUrl &authorizeUrl)
{
    return queryValue(sandbox.authorizeWithoutBrowser(authorizeUrl, username, password),
                      QStringLiteral("code"));
}

// POST /apiToken.action with grant_type=authorization_code and client auth "none".
inline SandboxProcess::Reply exchange(SandboxProcess &sandbox, const QString &code,
                                      const QList<QPair<QString, QString>> &extra = {},
                                      const Headers &headers = {})
{
    QList<QPair<QString, QString>> fields = {
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code },
        { QStringLiteral("redirect_uri"), sandbox.redirectUri() },
        { QStringLiteral("client_id"), sandbox.clientId() },
    };
    for (const auto &pair : extra) {
        bool replaced = false;
        for (auto &field : fields) {
            if (field.first == pair.first) {
                field.second = pair.second;
                replaced = true;
            }
        }
        if (!replaced)
            fields.append(pair);
    }
    fields.removeIf([](const QPair<QString, QString> &field) {
        return field.second == QLatin1String("<omit>");
    });
    return sandbox.send("POST", QStringLiteral("/apiToken.action"), form(fields), kForm, headers);
}

inline SandboxProcess::Reply refresh(SandboxProcess &sandbox, const QString &refreshToken,
                                     const QList<QPair<QString, QString>> &extra = {},
                                     const Headers &headers = {})
{
    QList<QPair<QString, QString>> fields = {
        { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("refresh_token"), refreshToken },
        { QStringLiteral("client_id"), sandbox.clientId() },
    };
    fields += extra;
    return sandbox.send("POST", QStringLiteral("/apiToken.action"), form(fields), kForm, headers);
}

} // namespace SandboxTest
