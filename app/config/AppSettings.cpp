#include "config/AppSettings.h"

#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QSettings>

namespace {
struct SettingSpec
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
    bool adminOnly;
};

const QList<SettingSpec> &specs()
{
    static const QList<SettingSpec> list = {
#define PKBLINK_SETTING_SPEC(name, key, type, def, adminOnly)                                      \
    SettingSpec { AppSettings::Key::name, key, QVariant::fromValue<type>(def), adminOnly },
        PKBLINK_SETTINGS(PKBLINK_SETTING_SPEC)
#undef PKBLINK_SETTING_SPEC
    };
    return list;
}

const SettingSpec &spec(AppSettings::Key key)
{
    return specs().at(static_cast<int>(key));
}

bool isPreset(const QString &environment)
{
    return environment == QLatin1String("sandbox") || environment == QLatin1String("production-uk");
}

QVariant converted(const QVariant &raw, const QVariant &like)
{
    QVariant copy = raw;
    // INI files give strings; bring them to the declared type ("true", "120").
    if (copy.metaType() != like.metaType() && copy.canConvert(like.metaType()))
        copy.convert(like.metaType());
    return copy.metaType() == like.metaType() ? copy : like;
}
} // namespace

AppSettings::AppSettings(const QString &userFile, const QString &systemFile, QObject *parent)
    : QObject(parent)
{
    if (userFile.isEmpty())
        m_user = std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("PKB Link"),
                                             QStringLiteral("pkb-link"));
    else
        m_user = std::make_unique<QSettings>(userFile, QSettings::IniFormat);
    const QString location = systemLocation();
    if (systemFile.isEmpty() && location.isEmpty())
        m_system = std::make_unique<QSettings>(QSettings::SystemScope, QStringLiteral("PKB Link"),
                                               QStringLiteral("pkb-link"));
    else if (systemFile.isEmpty())
        m_system = std::make_unique<QSettings>(location, QSettings::IniFormat);
    else
        m_system = std::make_unique<QSettings>(systemFile, QSettings::IniFormat);
    // The system scope falls back to nothing else; the user scope must not fall back to the
    // system file, or we could not tell fixed values from the user's own.
    m_user->setFallbacksEnabled(false);
    m_system->setFallbacksEnabled(false);
}

AppSettings::~AppSettings() = default;

QString AppSettings::systemLocation()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return {}; // QSettings' system scope: HKLM, /Library/Preferences (not user-writable)
#else
    // Qt's system scope follows XDG_CONFIG_DIRS, which any user can set: never use it.
    return QStringLiteral(PKBLINK_SYSTEM_CONFIG_DIR "/PKB Link/pkb-link.conf");
#endif
}

void AppSettings::addPolicyFile(const QString &file)
{
    if (file.isEmpty())
        return;
    m_policy = std::make_unique<QSettings>(file, QSettings::IniFormat);
    m_policy->setFallbacksEnabled(false);
    for (Key key : allKeys()) {
        if (m_policy->contains(keyName(key)) && !fixedByPolicy(key) && !fixedByAdministrator(key))
            qCInfo(lcConfig) << "the policy file cannot set" << keyName(key)
                             << "(administrator-only or an endpoint)";
    }
}

QString AppSettings::policyFileName() const
{
    return m_policy ? m_policy->fileName() : QString();
}

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(spec(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return spec(key).defaultValue;
}

bool AppSettings::isAdminOnly(Key key)
{
    return spec(key).adminOnly;
}

QList<AppSettings::Key> AppSettings::allKeys()
{
    QList<Key> keys;
    for (const auto &s : specs())
        keys.append(s.key);
    return keys;
}

bool AppSettings::isEndpoint(Key key)
{
    return key == Key::authorizeUrl || key == Key::tokenUrl || key == Key::apiBaseUrl
        || key == Key::fhirBaseUrl;
}

bool AppSettings::fixedByAdministrator(Key key) const
{
    return m_system->contains(keyName(key));
}

bool AppSettings::fixedByPolicy(Key key) const
{
    return m_policy && !isAdminOnly(key) && !isEndpoint(key) && m_policy->contains(keyName(key));
}

bool AppSettings::pinnedByEnvironment(Key key) const
{
    if (fixedByAdministrator(key))
        return false;
    if (!fixedByAdministrator(Key::environment) && !fixedByPolicy(Key::environment))
        return false;
    if (isEndpoint(key) || key == Key::issuer)
        return true;
    return key == Key::baseUrl && isPreset(environment());
}

bool AppSettings::isFixed(Key key) const
{
    return fixedByAdministrator(key) || fixedByPolicy(key) || pinnedByEnvironment(key);
}

QVariant AppSettings::value(Key key) const
{
    const QVariant def = defaultValue(key);
    if (fixedByAdministrator(key))
        return converted(m_system->value(keyName(key)), def);
    // Administrator-only: never the user's file; a command-line option for this run (there is
    // one, --no-pkce) only where the administrator's file is silent.
    if (isAdminOnly(key))
        return m_overrides.contains(key) ? converted(m_overrides.value(key), def) : def;
    if (pinnedByEnvironment(key))
        return def;
    if (fixedByPolicy(key))
        return converted(m_policy->value(keyName(key)), def);
    if (m_overrides.contains(key))
        return converted(m_overrides.value(key), def);
    if (m_user->contains(keyName(key)))
        return converted(m_user->value(keyName(key)), def);
    return def;
}

bool AppSettings::setValue(Key key, const QVariant &newValue)
{
    if (isFixed(key) || isAdminOnly(key))
        return false;
    m_overrides.remove(key);
    m_user->setValue(keyName(key), newValue);
    m_user->sync();
    Q_EMIT changed(key);
    return true;
}

void AppSettings::setOverride(Key key, const QVariant &newValue)
{
    if (isFixed(key)) {
        qCInfo(lcConfig) << "ignoring command-line value for fixed setting" << keyName(key);
        return;
    }
    m_overrides.insert(key, newValue);
    Q_EMIT changed(key);
}

QString AppSettings::userFileName() const
{
    return m_user->fileName();
}

QString AppSettings::systemFileName() const
{
    return m_system->fileName();
}

Result<EnvironmentConfig> AppSettings::environmentConfig() const
{
    EnvironmentConfig config =
        EnvironmentConfig::preset(environment(), QUrl(baseUrl(), QUrl::StrictMode));
    const auto urlSetting = [this, &config](Key key, QUrl *target) {
        const QString text = value(key).toString().trimmed();
        if (text.isEmpty())
            return;
        *target = QUrl(text, QUrl::StrictMode);
        // Only the administrator's own file may place an endpoint on another origin.
        if (fixedByAdministrator(key))
            config.administratorOrigins.append(*target);
    };
    urlSetting(Key::authorizeUrl, &config.authorizeUrl);
    urlSetting(Key::tokenUrl, &config.tokenUrl);
    urlSetting(Key::apiBaseUrl, &config.apiBaseUrl);
    urlSetting(Key::fhirBaseUrl, &config.fhirBaseUrl);
    config.issuer = issuer().trimmed();
    config.clientId = clientId().trimmed();
    config.redirectUri = QUrl(redirectUri().trimmed(), QUrl::StrictMode);
    config.usePkce = usePkce();
    // In 64 bits: seconds from a settings file may not fit an int once in milliseconds.
    const qint64 timeout = timeoutSeconds();
    config.requestTimeoutMs = timeout <= 0
        ? 0
        : int(qMin<qint64>(timeout, EnvironmentConfig::MaxRequestTimeoutSeconds) * 1000);
    config.refreshLeadSeconds = refreshLeadSeconds();
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("AppSettings", text);
    };
    if (!parseClientAuthMethod(clientAuth(), &config.clientAuth))
        return AppError::make(AppError::Kind::Configuration,
                              tr("The client authentication setting \"%1\" is not known. Use "
                                 "none, client_secret_basic or client_secret_post.")
                                  .arg(clientAuth()),
                              QStringLiteral("pkb/clientAuth invalid"));
    if (!parseDetailsSource(detailsSource(), &config.detailsSource))
        return AppError::make(AppError::Kind::Configuration,
                              tr("The details source setting \"%1\" is not known. Use both, rest "
                                 "or fhir.")
                                  .arg(detailsSource()),
                              QStringLiteral("pkb/detailsSource invalid"));
    const auto origins = SignInOrigins::parse(signInOrigins(), config.id);
    if (!origins)
        return origins.error();
    config.signInOrigins = origins.value();
    if (const AppError error = config.validate(!m_clientSecret.isEmpty()))
        return error;
    return config;
}
