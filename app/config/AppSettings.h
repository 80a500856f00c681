#pragma once

#include "config/Environment.h"
#include "config/SettingsList.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

// The app's settings: the user's file, overlaid by the administrator's system-wide file (whose
// values are fixed and cannot be changed in the app), overlaid by command-line values for this run.
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

    // userFile/systemFile empty: the platform defaults (QSettings user and system scope).
    explicit AppSettings(const QString &userFile = {}, const QString &systemFile = {},
                         QObject *parent = nullptr);
    ~AppSettings() override;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    static bool isAdminOnly(Key key);
    static QList<Key> allKeys();

    QVariant value(Key key) const;
    // True when the administrator fixed the value (the app shows it read-only).
    bool isFixed(Key key) const;
    // Refused (false) for fixed or admin-only keys.
    bool setValue(Key key, const QVariant &value);
    // Overrides for this run only (command line); never written and never above a fixed value.
    void setOverride(Key key, const QVariant &value);
    void setClientSecret(const QString &secret)
    {
        m_clientSecret = secret;
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

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    QHash<Key, QVariant> m_overrides;
    QString m_clientSecret;
};
