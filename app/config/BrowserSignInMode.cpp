#include "config/BrowserSignInMode.h"

#include "core/LogCategories.h"

BrowserSignInMode parseBrowserSignInMode(const QString &name)
{
    const QString value = name.trimmed().toLower();
    if (value == QLatin1String("offered"))
        return BrowserSignInMode::Offered;
    if (value == QLatin1String("default"))
        return BrowserSignInMode::Default;
    if (value != QLatin1String("off"))
        qCWarning(lcConfig) << "pkb/browserSignIn has an unknown value; browser sign-in is off";
    return BrowserSignInMode::Off;
}

QString browserSignInModeName(BrowserSignInMode mode)
{
    switch (mode) {
    case BrowserSignInMode::Off:
        return QStringLiteral("off");
    case BrowserSignInMode::Offered:
        return QStringLiteral("offered");
    case BrowserSignInMode::Default:
        return QStringLiteral("default");
    }
    return QStringLiteral("off");
}
