#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

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
    m_process.setProgram(executable());
    m_process.setArguments(QStringList { QStringLiteral("--port"), QStringLiteral("0") }
                           + extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error =
            QStringLiteral("could not start %1: %2").arg(executable(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
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
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_error =
        QStringLiteral("sandbox did not report its port; stdout: %1 stderr: %2")
            .arg(QString::fromUtf8(seen), QString::fromUtf8(m_process.readAllStandardError()));
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
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_baseUrl.toString() + pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return status;
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

int SandboxProcess::requestCount(const QString &path)
{
    return requestCounts().value(path).toInt();
}
