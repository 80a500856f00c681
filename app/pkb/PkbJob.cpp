#include "pkb/PkbJob.h"

#include "core/LogCategories.h"
#include "pkb/JsonFieldReader.h"
#include "pkb/PatientDetails.h"
#include "pkb/PkbErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

QUrl PkbEndpoints::usersSelf(const EnvironmentConfig &config)
{
    return joinUrlPath(config.apiBaseUrl, QStringLiteral("/json/users/self"));
}

QUrl PkbEndpoints::purview(const EnvironmentConfig &config)
{
    return joinUrlPath(config.fhirBaseUrl, QStringLiteral("/Consent/$purview"));
}

QUrl PkbEndpoints::patient(const EnvironmentConfig &config, const QString &publicId)
{
    // Validated so the id can never add path segments or a query to the URL.
    const QString id = PublicId::normalised(publicId);
    if (id.isEmpty())
        return {};
    return joinUrlPath(config.fhirBaseUrl, QStringLiteral("/Patient/") + id);
}

namespace {
constexpr int maxRedirects = 3;
constexpr qsizetype maxServerMessageLength = 300;

// RFC 6750 b64token: anything else (spaces, CR/LF) must never reach a header.
bool isUsableToken(const QString &token)
{
    static const QRegularExpression b64token(QStringLiteral("^[A-Za-z0-9\\-._~+/]+=*$"));
    return b64token.match(token).hasMatch();
}

// The server's own words from an error body (a plain text, an OAuth/REST JSON error or a FHIR
// OperationOutcome), shortened, for the technical detail. Never logged.
QString serverMessage(const QByteArray &body)
{
    QString text;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : { "error_description", "message", "error" }) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString()) {
            text = value.toString();
            break;
        }
    }
    if (text.isEmpty()) {
        const QJsonArray issues = object.value(QLatin1String("issue")).toArray();
        if (!issues.isEmpty())
            text = issues.first().toObject().value(QLatin1String("diagnostics")).toString();
    }
    if (text.isEmpty() && object.isEmpty())
        text = QString::fromUtf8(body.left(4 * maxServerMessageLength));
    text = text.simplified();
    if (text.size() > maxServerMessageLength)
        text = text.left(maxServerMessageLength) + QStringLiteral("...");
    return text;
}

QString networkErrorName(QNetworkReply::NetworkError error)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error));
}
} // namespace

PkbGetRequest::PkbGetRequest(const PkbConnection &connection, const QUrl &url, Api api,
                             QString logName, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_url(url)
    , m_api(api)
    , m_logName(std::move(logName))
{ }

PkbGetRequest::~PkbGetRequest()
{
    abort();
}

void PkbGetRequest::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_elapsed.start();
    // The bearer token goes to the environment's origins only (PkbConnection's rules).
    if (!m_connection.config.mayReceiveTokens(m_url)) {
        // finish() later, never from inside start().
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(PkbErrors::refusedUrl(
                    QStringLiteral("GET %1: URL refused by the environment's rules (%2)")
                        .arg(m_logName, m_connection.config.id)));
            },
            Qt::QueuedConnection);
        return;
    }
    requestToken();
}

void PkbGetRequest::abort()
{
    m_awaitingReply = false;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

Result<QByteArray> PkbGetRequest::result() const
{
    if (m_result)
        return *m_result;
    return AppError::make(AppError::Kind::Cancelled, {}, QStringLiteral("request not finished"));
}

void PkbGetRequest::requestToken()
{
    ++m_attempt;
    if (!m_connection.tokens) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(PkbErrors::unauthorized(
                    QStringLiteral("GET %1: no access token provider").arg(m_logName)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_connection.tokens->withFreshAccessToken(this, [this](const Result<QString> &token) {
        if (isFinished())
            return;
        if (!token) {
            // GrantRevoked, KeychainUnavailable, Network...: the caller decides, unchanged.
            qCDebug(lcPkb).noquote()
                << "GET" << m_logName << "no access token, error kind" << int(token.error().kind);
            finish(token.error());
            return;
        }
        if (!isUsableToken(token.value())) {
            finish(PkbErrors::unauthorized(
                QStringLiteral("GET %1: the access token is empty or not a bearer token")
                    .arg(m_logName)));
            return;
        }
        send(token.value());
    });
}

void PkbGetRequest::send(const QString &accessToken)
{
    QNetworkAccessManager *network = m_connection.network.data();
    if (!network) {
        finish(PkbErrors::unreachable(AppError::Kind::Network,
                                      QStringLiteral("GET %1: no network access").arg(m_logName)));
        return;
    }
    m_accessToken = accessToken;
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept",
                         m_api == Api::Fhir
                             ? QByteArrayLiteral("application/fhir+json, application/json")
                             : QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    request.setTransferTimeout(m_connection.config.requestTimeoutMs);
    // Same scheme, host and port only: a bearer token never follows a redirect elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    // Patient data must not land in a disk cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = network->get(request);
    m_reply = reply;
    m_bodyTooLarge = false;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                if (received > JsonFieldReader::maxBodyBytes
                    || total > JsonFieldReader::maxBodyBytes) {
                    m_bodyTooLarge = true;
                    reply->abort(); // emits finished
                }
            });
    connect(reply, &QNetworkReply::finished, this, &PkbGetRequest::onReplyFinished);
    // The access manager deletes its replies when it goes first; never wait forever then.
    connect(reply, &QObject::destroyed, this, [this] {
        if (m_awaitingReply) {
            m_awaitingReply = false;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    finish(PkbErrors::unreachable(
                        AppError::Kind::Network,
                        QStringLiteral("GET %1: the network access manager went away")
                            .arg(m_logName)));
                },
                Qt::QueuedConnection);
        }
    });
    m_awaitingReply = true;
}

void PkbGetRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_awaitingReply = false;
    m_reply.clear();
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcPkb).nospace().noquote()
        << "GET " << m_logName << " -> " << status << " " << networkErrorName(reply->error())
        << " after " << m_elapsed.elapsed() << " ms (attempt " << m_attempt << ")";

    if (m_bodyTooLarge) {
        finish(PkbErrors::malformedResponse(QStringLiteral("GET %1: body larger than %2 bytes")
                                                .arg(m_logName)
                                                .arg(JsonFieldReader::maxBodyBytes)));
        return;
    }
    if (status == 401) {
        // Every rejected token is reported, so the next caller starts with a refresh.
        m_connection.tokens->markAccessTokenRejected(m_accessToken);
        m_accessToken.clear();
        if (m_attempt == 1) {
            requestToken();
            return;
        }
    }
    m_accessToken.clear();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        const QByteArray body = reply->read(JsonFieldReader::maxBodyBytes + 1);
        if (body.size() > JsonFieldReader::maxBodyBytes) {
            finish(PkbErrors::malformedResponse(QStringLiteral("GET %1: body larger than %2 bytes")
                                                    .arg(m_logName)
                                                    .arg(JsonFieldReader::maxBodyBytes)));
            return;
        }
        finish(body);
        return;
    }
    finish(errorFor(reply, status));
}

AppError PkbGetRequest::errorFor(QNetworkReply *reply, int status) const
{
    const QString prefix = QStringLiteral("GET %1: ").arg(m_logName);
    // The technical detail is logged: PKB's own words (which may repeat patient data) never
    // go into it, only whether there were any.
    const auto withServerText = [&](const QString &what) -> QString {
        const QString text = serverMessage(reply->read(JsonFieldReader::maxBodyBytes));
        if (text.isEmpty())
            return prefix + what;
        return prefix + what
            + QStringLiteral(" (PKB explained, %1 characters; not shown)").arg(text.size());
    };
    if (status == 401)
        return PkbErrors::unauthorized(withServerText(QStringLiteral("HTTP 401 after a refresh")));
    if (status == 403)
        return PkbErrors::forbidden(withServerText(QStringLiteral("HTTP 403")));
    if (status == 404 || status == 410)
        return PkbErrors::notFound(prefix + QStringLiteral("HTTP %1").arg(status));
    if (status == 429)
        return PkbErrors::throttled(prefix + QStringLiteral("HTTP 429"));
    if (status >= 500)
        return PkbErrors::unreachable(AppError::Kind::Server,
                                      withServerText(QStringLiteral("HTTP %1").arg(status)));
    const bool transportFailed = status == 0 || (status >= 200 && status < 300);
    if (!transportFailed)
        return PkbErrors::unexpectedAnswer(prefix + QStringLiteral("HTTP %1").arg(status));

    const QNetworkReply::NetworkError error = reply->error();
    switch (error) {
    case QNetworkReply::OperationCanceledError: // transfer timeout (we abort only via abort())
    case QNetworkReply::TimeoutError:
        return PkbErrors::tooSlow(
            prefix
            + QStringLiteral("no answer within %1 ms").arg(m_connection.config.requestTimeoutMs));
    case QNetworkReply::SslHandshakeFailedError:
        return PkbErrors::insecureConnection(prefix + networkErrorName(error));
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return PkbErrors::unexpectedAnswer(
            prefix + networkErrorName(error)
            + QStringLiteral(" (redirects are followed only within the same origin)"));
    default:
        return PkbErrors::unreachable(AppError::Kind::Network, prefix + networkErrorName(error));
    }
}

void PkbGetRequest::finish(Result<QByteArray> result)
{
    if (isFinished())
        return;
    abort();
    m_result = std::move(result);
    Q_EMIT finished(QPrivateSignal());
}

PkbJob::PkbJob(const PkbConnection &connection, QObject *parent)
    : Job(parent)
    , m_connection(connection)
{ }

void PkbJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isFinished())
                run();
        },
        Qt::QueuedConnection);
}

bool PkbJob::finishOnce(const AppError &error)
{
    if (isFinished())
        return false;
    const auto requests = findChildren<PkbGetRequest *>(Qt::FindDirectChildrenOnly);
    for (PkbGetRequest *request : requests) {
        request->disconnect(this);
        request->abort();
    }
    return finishJob(error);
}
