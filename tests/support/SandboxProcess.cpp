#include "SandboxProcess.h"

#include "EventLoopWait.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    const QByteArray fromEnv = qgetenv("PKB_SANDBOX_BIN");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
#ifdef PKBLINK_SANDBOX_BIN
    return QStringLiteral(PKBLINK_SANDBOX_BIN);
#else
    return QStringLiteral("pkb-sandbox");
#endif
}

bool SandboxProcess::start(const QStringList &extraArguments)
{
    stop();
    m_arguments = extraArguments;
    m_standardError.clear();
    // Drain the request log as it comes, so a long test never blocks the sandbox on a full pipe.
    QObject::disconnect(&m_process, &QProcess::readyReadStandardError, nullptr, nullptr);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
        m_standardError += m_process.readAllStandardError();
        if (m_standardError.size() > 4 * 1024 * 1024)
            m_standardError = m_standardError.right(2 * 1024 * 1024);
    });
    m_process.setProgram(executable());
    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0") };
    // The suites point the redirect at ports of their own (the sandbox's, a listener's):
    // RFC 8252 matching unless a suite asks for PKB's exact matching.
    if (!extraArguments.contains(QStringLiteral("--loopback-redirects")))
        arguments << QStringLiteral("--loopback-redirects") << QStringLiteral("any-port");
    m_process.setArguments(arguments + extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error =
            QStringLiteral("could not start %1: %2").arg(executable(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    static const QRegularExpression provider(
        QStringLiteral("identity provider on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray seen;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        seen += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        const auto providerMatch = provider.match(QString::fromUtf8(seen));
        if (match.hasMatch() && providerMatch.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            m_providerUrl = QUrl(providerMatch.captured(1));
            return true;
        }
    }
    m_error = QStringLiteral("sandbox did not report its port; stdout: %1 stderr: %2")
                  .arg(QString::fromUtf8(seen), QString::fromUtf8(standardError()));
    stop();
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

int SandboxProcess::request(const QByteArray &verb, const QString &pathAndQuery,
                            const QByteArray &payload, const QByteArray &contentType,
                            QByteArray *body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const Reply reply = send(verb, pathAndQuery, payload, contentType, headers);
    if (body)
        *body = reply.body;
    return reply.status;
}

SandboxProcess::Reply
SandboxProcess::sendWith(QNetworkAccessManager &manager, const QByteArray &verb, const QUrl &url,
                         const QByteArray &payload, const QByteArray &contentType,
                         const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    Reply result;
    result.elapsedMs = clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}

SandboxProcess::Reply SandboxProcess::send(const QByteArray &verb, const QString &pathAndQuery,
                                           const QByteArray &payload, const QByteArray &contentType,
                                           const QList<QPair<QByteArray, QByteArray>> &headers,
                                           int timeoutMs)
{
    QNetworkAccessManager manager;
    const QUrl url = pathAndQuery.startsWith(QLatin1String("http"))
        ? QUrl(pathAndQuery)
        : QUrl(m_baseUrl.toString() + pathAndQuery);
    return sendWith(manager, verb, url, payload, contentType, headers, timeoutMs);
}

QByteArray SandboxProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject SandboxProcess::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray SandboxProcess::standardError()
{
    m_standardError += m_process.readAllStandardError();
    return m_standardError;
}

QString SandboxProcess::argumentValue(const QString &flag, const QString &fallback) const
{
    const qsizetype index = m_arguments.indexOf(flag);
    if (index >= 0 && index + 1 < m_arguments.size())
        return m_arguments.at(index + 1);
    for (const QString &argument : m_arguments) {
        if (argument.startsWith(flag + QLatin1Char('=')))
            return argument.mid(flag.size() + 1);
    }
    return fallback;
}

QString SandboxProcess::clientId() const
{
    return argumentValue(QStringLiteral("--client-id"), QStringLiteral("pkb-link-local"));
}

QString SandboxProcess::redirectUri() const
{
    return argumentValue(QStringLiteral("--redirect-uri"),
                         QStringLiteral("http://127.0.0.1/pkb-link/callback"));
}

QUrl SandboxProcess::authorizeUrl(const QString &state, const QString &codeChallenge) const
{
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), clientId());
    add(QStringLiteral("redirect_uri"), redirectUri());
    add(QStringLiteral("scope"), QStringLiteral("PATIENT"));
    if (!state.isEmpty())
        add(QStringLiteral("state"), state);
    if (!codeChallenge.isEmpty()) {
        add(QStringLiteral("code_challenge"), codeChallenge);
        add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    QUrl url = m_baseUrl.resolved(QUrl(QStringLiteral("/apiAuthorize.action")));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

namespace {
// The authorize_query hidden field of the login or grant form, HTML-unescaped.
QString hiddenAuthorizeQuery(const QByteArray &page)
{
    static const QRegularExpression field(
        QStringLiteral("<input type=\"hidden\" name=\"authorize_query\" value=\"([^\"]*)\">"));
    const auto match = field.match(QString::fromUtf8(page));
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1);
    value.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

QByteArray formBody(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray body;
    for (const auto &[name, value] : pairs) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QString pageError(const QByteArray &page)
{
    static const QRegularExpression error(QStringLiteral("<p id=\"error\"[^>]*>([^<]*)</p>"));
    return error.match(QString::fromUtf8(page)).captured(1);
}
} // namespace

QUrl SandboxProcess::authorizeWithoutBrowser(const QUrl &authorizeUrl, const QString &username,
                                             const QString &password, bool allow)
{
    QNetworkAccessManager browser; // its own cookie jar: a fresh "browser profile"
    const QByteArray form = "application/x-www-form-urlencoded";
    const auto location = [this](const Reply &reply) {
        return m_baseUrl.resolved(QUrl::fromEncoded(reply.header("Location")));
    };
    const auto failWith = [this](const QString &what, const Reply &reply) {
        m_error = QStringLiteral("%1: HTTP %2 %3 %4")
                      .arg(what)
                      .arg(reply.status)
                      .arg(reply.errorString, pageError(reply.body));
        return QUrl();
    };

    Reply page = sendWith(browser, "GET", authorizeUrl, {}, {}, {}, 20000);
    if (page.status == 302) // rejected by redirect before any page
        return location(page);
    if (page.status != 200 || !page.body.contains("id=\"login-form\""))
        return failWith(QStringLiteral("authorize did not show the login page"), page);
    const Reply login = sendWith(
        browser, "POST", m_baseUrl.resolved(QUrl(QStringLiteral("/login.action"))),
        formBody({ { QStringLiteral("username"), username },
                   { QStringLiteral("password"), password },
                   { QStringLiteral("authorize_query"), hiddenAuthorizeQuery(page.body) } }),
        form, {}, 20000);
    if (login.status != 302)
        return failWith(QStringLiteral("login failed"), login);
    page = sendWith(browser, "GET", location(login), {}, {}, {}, 20000);
    if (page.status == 302)
        return location(page);
    if (page.status != 200 || !page.body.contains("id=\"grant-form\""))
        return failWith(QStringLiteral("no grant page after login"), page);
    const Reply grant =
        sendWith(browser, "POST", m_baseUrl.resolved(QUrl(QStringLiteral("/grant.action"))),
                 formBody({ { QStringLiteral("authorize_query"), hiddenAuthorizeQuery(page.body) },
                            { QStringLiteral("decision"),
                              allow ? QStringLiteral("allow") : QStringLiteral("deny") } }),
                 form, {}, 20000);
    if (grant.status != 302)
        return failWith(QStringLiteral("grant did not redirect"), grant);
    return QUrl::fromEncoded(grant.header("Location"));
}

QJsonObject SandboxProcess::obtainTokens(const QString &username, const QString &password)
{
    // No PKCE unless the sandbox was started requiring it.
    QString verifier;
    if (argumentValue(QStringLiteral("--pkce"), QStringLiteral("optional"))
        == QLatin1String("required")) {
        QByteArray random(32, Qt::Uninitialized);
        for (char &byte : random)
            byte = char(QRandomGenerator::global()->bounded(256));
        verifier = QString::fromLatin1(
            random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    const QString challenge = verifier.isEmpty()
        ? QString()
        : QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QUrl callback = authorizeWithoutBrowser(authorizeUrl(QStringLiteral("state"), challenge),
                                                  username, password);
    const QString code =
        QUrlQuery(callback).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        if (!callback.isEmpty())
            m_error = QStringLiteral("no code in the redirect: %1").arg(callback.toString());
        return {};
    }
    QList<QPair<QString, QString>> fields = {
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code },
        { QStringLiteral("redirect_uri"), redirectUri() },
        { QStringLiteral("client_id"), clientId() },
    };
    if (!verifier.isEmpty())
        fields.append({ QStringLiteral("code_verifier"), verifier });
    QList<QPair<QByteArray, QByteArray>> headers;
    const QString auth = argumentValue(QStringLiteral("--client-auth"), QStringLiteral("none"));
    const QString secret =
        argumentValue(QStringLiteral("--client-secret"), QStringLiteral("local-secret"));
    if (auth == QLatin1String("client_secret_post"))
        fields.append({ QStringLiteral("client_secret"), secret });
    if (auth == QLatin1String("client_secret_basic")) {
        const QByteArray credentials =
            QUrl::toPercentEncoding(clientId()) + ':' + QUrl::toPercentEncoding(secret);
        headers.append({ QByteArray("Authorization"), "Basic " + credentials.toBase64() });
    }
    const Reply reply = send("POST", QStringLiteral("/apiToken.action"), formBody(fields),
                             "application/x-www-form-urlencoded", headers);
    if (reply.status != 200) {
        m_error = QStringLiteral("token exchange failed: HTTP %1 %2")
                      .arg(reply.status)
                      .arg(QString::fromUtf8(reply.body));
        return {};
    }
    return reply.json();
}

int SandboxProcess::get(const QString &pathAndQuery, QByteArray *body,
                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("GET", pathAndQuery, {}, {}, body, headers);
}

int SandboxProcess::post(const QString &pathAndQuery, const QByteArray &payload,
                         const QByteArray &contentType, QByteArray *body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("POST", pathAndQuery, payload, contentType, body, headers);
}

namespace {
bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

bool SandboxProcess::configure(const QJsonObject &config)
{
    return isSuccess(post(QStringLiteral("/__admin/config"), json(config), "application/json"));
}

bool SandboxProcess::addFault(const QString &endpoint, const QString &kind, int value, int times)
{
    const QJsonObject fault { { QStringLiteral("endpoint"), endpoint },
                              { QStringLiteral("kind"), kind },
                              { QStringLiteral("value"), value },
                              { QStringLiteral("times"), times } };
    return isSuccess(post(QStringLiteral("/__admin/faults"), json(fault), "application/json"));
}

bool SandboxProcess::clearFaults()
{
    return isSuccess(request("DELETE", QStringLiteral("/__admin/faults"), {}, {}, nullptr, {}));
}

bool SandboxProcess::revoke(const QString &username)
{
    return isSuccess(post(QStringLiteral("/__admin/revoke"),
                          json({ { QStringLiteral("username"), username } }), "application/json"));
}

bool SandboxProcess::expireAccessTokens()
{
    return isSuccess(post(QStringLiteral("/__admin/expire-tokens"), "{}", "application/json"));
}

bool SandboxProcess::reset()
{
    return isSuccess(post(QStringLiteral("/__admin/reset"), "{}", "application/json"));
}

QJsonObject SandboxProcess::requestCounts()
{
    QByteArray body;
    if (!isSuccess(get(QStringLiteral("/__admin/requests"), &body)))
        return {};
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("counts")).toObject();
}

QStringList SandboxProcess::apiCookiesReceived()
{
    QByteArray body;
    if (!isSuccess(get(QStringLiteral("/__admin/requests"), &body)))
        return { QStringLiteral("(admin API unavailable)") };
    QStringList cookies;
    const QJsonArray list =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("apiCookies")).toArray();
    for (const QJsonValue &value : list)
        cookies.append(value.toString());
    return cookies;
}

int SandboxProcess::requestCount(const QString &path)
{
    return requestCounts().value(path).toInt();
}

void SandboxProcess::waitOutLifetime(const QElapsedTimer &sinceIssued, int seconds)
{
    // The sandbox expires at issue + lifetime (ms); a little more covers the two clocks' ticks.
    const qint64 left = qint64(seconds) * 1000 + 20 - sinceIssued.elapsed();
    if (left > 0)
        EventLoopWait::wait(int(left));
}
