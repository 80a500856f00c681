#include "HttpJourney.h"

#include "BenchSandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
// The authorize_query hidden field of the sandbox's login and grant forms, HTML-unescaped.
QString hiddenAuthorizeQuery(const QByteArray &page)
{
    static const QRegularExpression field(
        QStringLiteral("<input type=\"hidden\" name=\"authorize_query\" value=\"([^\"]*)\">"));
    QString value = field.match(QString::fromUtf8(page)).captured(1);
    value.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

QUrl locationOf(QNetworkReply *reply)
{
    return reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
}
} // namespace

HttpJourney::HttpJourney(const BenchSandbox &sandbox, QObject *parent)
    : QObject(parent)
    , m_sandbox(sandbox)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void HttpJourney::start()
{
    m_codeVerifier = BenchSandbox::newCodeVerifier();
    m_stretch.start();
    expect(get(m_sandbox.authorizeUrl(QStringLiteral("bench"), m_codeVerifier)), 200,
           QStringLiteral("authorize"),
           [this](QNetworkReply *, const QByteArray &page) { onLoginPage(page); });
}

void HttpJourney::onLoginPage(const QByteArray &page)
{
    m_authorizeMs = lap();
    if (!page.contains("id=\"login-form\""))
        return fail(QStringLiteral("authorize did not answer the login page"));
    expect(postForm(m_sandbox.endpoint(QStringLiteral("/login.action")),
                    { { QStringLiteral("username"), BenchSandbox::patientUserName() },
                      { QStringLiteral("password"), BenchSandbox::patientPassword() },
                      { QStringLiteral("authorize_query"), hiddenAuthorizeQuery(page) } }),
           302, QStringLiteral("login"), [this](QNetworkReply *reply, const QByteArray &) {
               expect(get(locationOf(reply)), 200, QStringLiteral("authorize after login"),
                      [this](QNetworkReply *, const QByteArray &grantPage) {
                          onGrantPage(grantPage);
                      });
           });
}

void HttpJourney::onGrantPage(const QByteArray &page)
{
    m_loginMs = lap();
    if (!page.contains("id=\"grant-form\""))
        return fail(QStringLiteral("no grant page after logging in"));
    expect(postForm(m_sandbox.endpoint(QStringLiteral("/grant.action")),
                    { { QStringLiteral("authorize_query"), hiddenAuthorizeQuery(page) },
                      { QStringLiteral("decision"), QStringLiteral("allow") } }),
           302, QStringLiteral("grant"),
           [this](QNetworkReply *reply, const QByteArray &) { onRedirect(reply); });
}

void HttpJourney::onRedirect(QNetworkReply *reply)
{
    const QString code =
        QUrlQuery(locationOf(reply)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return fail(QStringLiteral("no code in the redirect"));
    expect(postForm(m_sandbox.endpoint(QStringLiteral("/apiToken.action")),
                    { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                      { QStringLiteral("code"), code },
                      { QStringLiteral("redirect_uri"), BenchSandbox::redirectUri() },
                      { QStringLiteral("client_id"), BenchSandbox::clientId() },
                      { QStringLiteral("code_verifier"), m_codeVerifier } }),
           200, QStringLiteral("token"),
           [this](QNetworkReply *, const QByteArray &body) { onTokens(body); });
}

void HttpJourney::onTokens(const QByteArray &body)
{
    const QByteArray token = QJsonDocument::fromJson(body)
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    if (token.isEmpty())
        return fail(QStringLiteral("no access token"));
    m_detailsPending = 2;
    for (const QString &path :
         { QStringLiteral("/json/users/self"), QStringLiteral("/fhir/Consent/$purview") })
        expect(get(m_sandbox.endpoint(path), token), 200, path,
               [this](QNetworkReply *, const QByteArray &) { onDetailAnswered(); });
}

void HttpJourney::onDetailAnswered()
{
    if (--m_detailsPending > 0)
        return;
    m_allowMs = lap();
    m_done = true;
    Q_EMIT finished(QString());
}

QNetworkReply *HttpJourney::get(const QUrl &url, const QByteArray &bearer)
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return m_network.get(request);
}

QNetworkReply *HttpJourney::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return m_network.post(request, body);
}

void HttpJourney::expect(QNetworkReply *reply, int expectedStatus, const QString &what,
                         const std::function<void(QNetworkReply *, const QByteArray &)> &then)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, expectedStatus, what, then] {
        reply->deleteLater();
        if (m_done)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != expectedStatus)
            return fail(QStringLiteral("%1 answered %2 (%3)")
                            .arg(what)
                            .arg(status)
                            .arg(reply->errorString()));
        then(reply, reply->readAll());
    });
}

double HttpJourney::lap()
{
    const double ms = double(m_stretch.nsecsElapsed()) / 1e6;
    m_stretch.restart();
    return ms;
}

void HttpJourney::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(why);
}
