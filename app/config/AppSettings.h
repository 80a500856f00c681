#pragma once

#include "config/Environment.h"
#include "config/SettingsList.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

// The app's settings: the user's file, overlaid by command-line values for this run, overlaid by
// the administrator's system-wide file, whose values are fixed (see docs/decisions/0006). The
// administrator's file is read from the platform's system location only; a policy file
// (--system-settings) can add fixed values on top of it but never relax it. A fixed environment
// pins its endpoints; endpoints outside the PKB base's origin come only from the administrator.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
#define PKBLINK_SETTING_ENUM(name, key, type, def, adminOnly) name,
        PKBLINK_SETTINGS(PKBLINK_SETTING_ENUM)
#undef PKBLINK_SETTING_ENUM
    };
    Q_ENUM(Key)

    // userFile empty: the platform's user scope. systemFile empty: the platform's system
    // location (systemLocation()); a file named here takes its place with the same authority,
    // which only code can do (tests): neither the command line nor the environment can.
    explicit AppSettings(const QString &userFile = {}, const QString &systemFile = {},
                         QObject *parent = nullptr);
    ~AppSettings() override;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    static bool isAdminOnly(Key key);
    static QList<Key> allKeys();
    // The PKB endpoint keys (authorize, token, REST and FHIR bases).
    static bool isEndpoint(Key key);
    // Where the administrator's file lives on this platform: a fixed path on Linux and other
    // Unix systems (XDG_CONFIG_DIRS is not followed), the HKLM registry on Windows, /Library on
    // macOS (empty when it is not a file).
    static QString systemLocation();

    // A policy file (--system-settings) layered under the administrator's: it fixes values the
    // administrator's file does not set, except administrator-only settings and endpoints.
    void addPolicyFile(const QString &file);

    QVariant value(Key key) const;
    // True when the administrator fixed the value (the app shows it read-only).
    bool isFixed(Key key) const;
    // Refused (false) for fixed or admin-only keys.
    bool setValue(Key key, const QVariant &value);
    // Overrides for this run only (command line); never written and never above a fixed value.
    void setOverride(Key key, const QVariant &value);
    // The client secret (PKB_LINK_CLIENT_SECRET or --client-secret-file), never read from or
    // written to a settings file. Not part of environmentConfig(): only the token client gets it.
    void setClientSecret(const QString &secret)
    {
        m_clientSecret = secret;
    }
    QString clientSecret() const
    {
        return m_clientSecret;
    }

#define PKBLINK_SETTING_GETTER(name, key, type, def, adminOnly)                                    \
    type name() const                                                                              \
    {                                                                                              \
        return value(Key::name).value<type>();                                                     \
    }
    PKBLINK_SETTINGS(PKBLINK_SETTING_GETTER)
#undef PKBLINK_SETTING_GETTER

    // The environment in force, or a Configuration error that says what to fix.
    Result<EnvironmentConfig> environmentConfig() const;
    QString userFileName() const;
    QString systemFileName() const;
    QString policyFileName() const;

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    bool fixedByAdministrator(Key key) const;
    bool fixedByPolicy(Key key) const;
    // Under a fixed environment: endpoints, and the base of a preset, are not the user's.
    bool pinnedByEnvironment(Key key) const;

    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    std::unique_ptr<QSettings> m_policy;
    QHash<Key, QVariant> m_overrides;
    QString m_clientSecret;
};
