#include "grant/GrantFailures.h"

#include <QCoreApplication>
#include <QUrl>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>

namespace {
// Scheme, host and port: a place to name in a technical detail without its query.
QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                  | QUrl::RemoveFragment)
        .toString();
}

AppError certificateProblem(const QString &detail)
{
    return AppError::make(AppError::Kind::Network,
                          QCoreApplication::translate(
                              "GrantAccessView",
                              "The connection to PKB is not secure (certificate problem). The "
                              "page was not opened."),
                          detail, false);
}
} // namespace

namespace GrantFailures {

AppError certificateRejected(const QWebEngineCertificateError &error)
{
    return certificateProblem(QStringLiteral("certificate error %1 for %2: %3")
                                  .arg(int(error.type()))
                                  .arg(originOf(error.url()), error.description()));
}

AppError fromLoading(const QWebEngineLoadingInfo &info, bool isFirstPage)
{
    if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
        return {};
    const QString where = originOf(info.url());
    // Not a switch: newer Qt versions add error domains.
    const auto domain = info.errorDomain();
    if (domain == QWebEngineLoadingInfo::HttpStatusCodeDomain) {
        if (!isFirstPage || info.errorCode() < 500)
            return {};
        return AppError::make(AppError::Kind::Server,
                              QCoreApplication::translate(
                                  "GrantAccessView",
                                  "PKB is not answering properly right now. Try again in a few "
                                  "minutes."),
                              QStringLiteral("HTTP %1 from %2").arg(info.errorCode()).arg(where),
                              true);
    }
    if (domain == QWebEngineLoadingInfo::CertificateErrorDomain)
        return certificateProblem(
            QStringLiteral("net error %1 from %2").arg(info.errorCode()).arg(where));
    return AppError::make(
        AppError::Kind::Network,
        QCoreApplication::translate("GrantAccessView",
                                    "PKB's page could not be loaded. Check your connection and try "
                                    "Retry."),
        QStringLiteral("net error %1 from %2").arg(info.errorCode()).arg(where), true);
}

AppError rendererTerminated(int status, int exitCode)
{
    return AppError::make(
        AppError::Kind::Network,
        QCoreApplication::translate("GrantAccessView", "PKB's page stopped working. Try Retry."),
        QStringLiteral("web renderer terminated: status %1, exit code %2")
            .arg(status)
            .arg(exitCode),
        true);
}

AppError authorizeUrlNotAllowed(const QUrl &url)
{
    return AppError::make(AppError::Kind::Configuration,
                          QCoreApplication::translate(
                              "GrantAccessView",
                              "The PKB address is not allowed for this environment. Check the "
                              "PKB settings."),
                          QStringLiteral("authorize URL origin %1 is not the environment's PKB "
                                         "origin")
                              .arg(originOf(url)));
}

AppError redirectSchemeNotRegistered(const QUrl &redirectUri)
{
    return AppError::make(AppError::Kind::Configuration,
                          QCoreApplication::translate(
                              "GrantAccessView",
                              "This app is not set up to receive PKB's answer at its redirect "
                              "address. Check the redirect address in Settings."),
                          QStringLiteral("redirect scheme %1 was not registered before the "
                                         "application started")
                              .arg(redirectUri.scheme()));
}

} // namespace GrantFailures
