#include "grant/RedirectScheme.h"

#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QWebEngineUrlScheme>

namespace {
bool isBuiltInScheme(const QString &scheme)
{
    static const QStringList builtIn {
        QStringLiteral("http"),         QStringLiteral("https"),
        QStringLiteral("file"),         QStringLiteral("data"),
        QStringLiteral("javascript"),   QStringLiteral("about"),
        QStringLiteral("blob"),         QStringLiteral("filesystem"),
        QStringLiteral("ws"),           QStringLiteral("wss"),
        QStringLiteral("ftp"),          QStringLiteral("chrome"),
        QStringLiteral("chrome-error"), QStringLiteral("chrome-extension"),
        QStringLiteral("devtools"),     QStringLiteral("view-source"),
        QStringLiteral("qrc"),          QStringLiteral("mailto"),
        QStringLiteral("tel"),
    };
    return builtIn.contains(scheme);
}
} // namespace

bool RedirectScheme::isCustomScheme(const QString &scheme)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    const QString name = scheme.toLower();
    return validName.match(name).hasMatch() && !isBuiltInScheme(name);
}

bool RedirectScheme::isRegistered(const QString &scheme)
{
    const QByteArray name = scheme.toLower().toLatin1();
    return !name.isEmpty() && QWebEngineUrlScheme::schemeByName(name).name() == name;
}

bool RedirectScheme::registerScheme(const QUrl &redirectUri)
{
    const QString scheme = redirectUri.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return true;
    if (!redirectUri.isValid() || !isCustomScheme(scheme)) {
        qCWarning(lcUi) << "redirect scheme cannot be registered:" << scheme;
        return false;
    }
    if (isRegistered(scheme))
        return true;
    if (QCoreApplication::instance()) {
        qCWarning(lcUi) << "redirect scheme" << scheme
                        << "must be registered before the application object exists";
        return false;
    }

    QWebEngineUrlScheme urlScheme(scheme.toLatin1());
    if (redirectUri.host().isEmpty()) {
        urlScheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    } else if (redirectUri.port() != -1) {
        urlScheme.setSyntax(QWebEngineUrlScheme::Syntax::HostAndPort);
        urlScheme.setDefaultPort(QWebEngineUrlScheme::PortUnspecified);
    } else {
        urlScheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    }
    // Secure, so a redirect from an HTTPS page to it is not blocked as mixed content; not local,
    // so web pages may navigate to it at all.
    urlScheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(urlScheme);
    qCDebug(lcUi) << "registered redirect scheme" << scheme;
    return true;
}
