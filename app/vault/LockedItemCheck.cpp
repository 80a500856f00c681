#include "vault/LockedItemCheck.h"

#include "core/LogCategories.h"

#include <QMetaObject>

#ifdef PKBLINK_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>
#endif

namespace {
constexpr int ReplyTimeoutMs = 5000;
}

LockedItemCheck::LockedItemCheck(const QString &service, const QString &key, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_key(key)
{ }

void LockedItemCheck::start()
{
#ifdef PKBLINK_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finish(false);
        return;
    }
    // The attributes QtKeychain's libsecret backend stores: user = key, server = service.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered)
    const QMap<QString, QString> attributes { { QStringLiteral("user"), m_key },
                                              { QStringLiteral("server"), m_service } };
    call << QVariant::fromValue(attributes);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, ReplyTimeoutMs), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *done) {
            done->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *done;
            if (reply.isError()) {
                qCInfo(lcVault) << "could not ask the Secret Service about locked items:"
                                << reply.error().name();
                finish(false);
                return;
            }
            finish(!reply.argumentAt<1>().isEmpty());
        });
#else
    QMetaObject::invokeMethod(
        this, [this] { finish(false); }, Qt::QueuedConnection);
#endif
}

void LockedItemCheck::finish(bool locked)
{
    Q_EMIT finished(locked);
    deleteLater();
}
