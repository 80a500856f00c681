#include "BenchSandbox.h"

#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

BenchSandbox::BenchSandbox() = default;

BenchSandbox::~BenchSandbox() = default;

bool BenchSandbox::open(const QUrl &givenUrl)
{
    if (givenUrl.isValid() && !givenUrl.isEmpty()) {
        m_baseUrl = givenUrl;
        return true;
    }
    m_process = std::make_unique<SandboxProcess>();
    if (!m_process->start()) {
        m_error = m_process->errorString();
        return false;
    }
    m_baseUrl = m_process->baseUrl();
    return true;
}

QUrl BenchSandbox::endpoint(const QString &path) const
{
    return m_baseUrl.resolved(QUrl(path));
}

QUrl BenchSandbox::authorizeUrl(const QString &state, const QString &codeVerifier) const
{
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), clientId());
    add(QStringLiteral("redirect_uri"), redirectUri());
    add(QStringLiteral("scope"), QStringLiteral("PATIENT"));
    add(QStringLiteral("state"), state);
    add(QStringLiteral("code_challenge"), codeChallenge(codeVerifier));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QUrl url = endpoint(QStringLiteral("/apiAuthorize.action"));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString BenchSandbox::newCodeVerifier()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString BenchSandbox::codeChallenge(const QString &codeVerifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
