#include "PrivateKeyring.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <csignal>

namespace {
const char kPassword[] = "private-test-keyring";
}

PrivateKeyring::~PrivateKeyring()
{
    stop();
}

bool PrivateKeyring::fail(const QString &why)
{
    m_error = why;
    return false;
}

QProcessEnvironment PrivateKeyring::privateEnvironment(QProcessEnvironment environment) const
{
    // The keyring files live under XDG_DATA_HOME (else HOME): both point into this keyring's
    // own folder, never at the shared keyring's files.
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("run")));
    return environment;
}

bool PrivateKeyring::start()
{
    m_home = std::make_unique<QTemporaryDir>();
    if (!m_home->isValid())
        return fail(QStringLiteral("no temporary directory"));
    QDir(m_home->path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_home->filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess bus;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Without a display an unlock prompt cannot appear: it is dismissed, as by Cancel.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    bus.setProcessEnvironment(privateEnvironment(environment));
    bus.start(QStringLiteral("dbus-daemon"),
              { QStringLiteral("--session"), QStringLiteral("--fork"),
                QStringLiteral("--print-address=1"), QStringLiteral("--print-pid=1") });
    if (!bus.waitForFinished(10000) || bus.exitCode() != 0)
        return fail(QStringLiteral("dbus-daemon did not start: ")
                    + QString::fromLocal8Bit(bus.readAllStandardError()));
    const QList<QByteArray> lines = bus.readAllStandardOutput().trimmed().split('\n');
    if (lines.size() < 2)
        return fail(QStringLiteral("dbus-daemon printed no address"));
    m_busAddress = QString::fromLatin1(lines.at(0).trimmed());
    m_busPid = lines.at(1).trimmed().toLongLong();
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toLatin1());
    return startDaemon();
}

bool PrivateKeyring::startDaemon()
{
    auto daemon = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment = privateEnvironment(environment);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    // Else the daemon finds the shared keyring's control socket and unlocks that one instead.
    environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    daemon->setProcessEnvironment(environment);
    daemon->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                            QStringLiteral("--components=secrets") };
    daemon->start(QStringLiteral("gnome-keyring-daemon"), arguments);
    if (!daemon->waitForStarted(10000))
        return fail(QStringLiteral("gnome-keyring-daemon did not start"));
    daemon->write(kPassword);
    daemon->waitForBytesWritten(5000); // no event loop runs here to write it later
    daemon->closeWriteChannel();
    m_daemon = std::move(daemon);
    // Ready once the login collection answers over the bus.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000) {
        // Never ask org.freedesktop.secrets before our daemon owns the name: the bus would
        // start another daemon (D-Bus activation) without the password.
        bool ok = false;
        if (!dbusSend({ QStringLiteral("--dest=org.freedesktop.DBus"),
                        QStringLiteral("/org/freedesktop/DBus"),
                        QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                        QStringLiteral("string:org.freedesktop.secrets") },
                      &ok)
                 .contains("boolean true")) {
            QThread::msleep(100);
            continue;
        }
        const QByteArray reply =
            dbusSend({ QStringLiteral("/org/freedesktop/secrets/collection/login"),
                       QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                       QStringLiteral("string:org.freedesktop.Secret.Collection"),
                       QStringLiteral("string:Locked") },
                     &ok);
        if (ok && reply.contains("boolean false"))
            return true;
        QThread::msleep(100);
    }
    return fail(QStringLiteral("the private keyring did not come up unlocked"));
}

QByteArray PrivateKeyring::dbusSend(const QStringList &arguments, bool *ok)
{
    QProcess send;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    send.setProcessEnvironment(environment);
    QStringList all { QStringLiteral("--session"), QStringLiteral("--print-reply"),
                      QStringLiteral("--reply-timeout=5000") };
    if (!arguments.value(0).startsWith(QLatin1String("--dest=")))
        all << QStringLiteral("--dest=org.freedesktop.secrets");
    send.start(QStringLiteral("dbus-send"), all + arguments);
    *ok = send.waitForFinished(10000) && send.exitStatus() == QProcess::NormalExit
        && send.exitCode() == 0;
    return send.readAllStandardOutput();
}

bool PrivateKeyring::lock()
{
    bool ok = false;
    dbusSend({ QStringLiteral("/org/freedesktop/secrets"),
               QStringLiteral("org.freedesktop.Secret.Service.Lock"),
               QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login") },
             &ok);
    return ok && isLocked() ? true : fail(QStringLiteral("could not lock the keyring"));
}

bool PrivateKeyring::isLocked()
{
    bool ok = false;
    const QByteArray reply = dbusSend({ QStringLiteral("/org/freedesktop/secrets/collection/login"),
                                        QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                                        QStringLiteral("string:org.freedesktop.Secret.Collection"),
                                        QStringLiteral("string:Locked") },
                                      &ok);
    return ok && reply.contains("boolean true");
}

namespace {
// A Secret Service "secret" (oayays) for gnome-keyring's master-password unlock.
struct PlainSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PlainSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PlainSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}
} // namespace

Q_DECLARE_METATYPE(PlainSecret)

bool PrivateKeyring::unlock()
{
    // The way a login unlocks it (as the PAM module does): with the password, over gnome-keyring's
    // own interface. The daemon keeps running, so the app's open Secret Service session stays.
    qDBusRegisterMetaType<PlainSecret>();
    QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("keyring"));
    const QString service = QStringLiteral("org.freedesktop.secrets");
    const QString root = QStringLiteral("/org/freedesktop/secrets");
    QDBusMessage open = QDBusMessage::createMethodCall(
        service, root, QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = bus.call(open, QDBus::Block, 10000);
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() < 2)
        return fail(QStringLiteral("OpenSession failed: ") + opened.errorMessage());
    PlainSecret secret;
    secret.session = opened.arguments().at(1).value<QDBusObjectPath>();
    secret.value = kPassword;
    secret.contentType = QStringLiteral("text/plain");
    QDBusMessage unlock = QDBusMessage::createMethodCall(
        service, root, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(QDBusObjectPath(root + QStringLiteral("/collection/login")))
           << QVariant::fromValue(secret);
    const QDBusMessage unlocked = bus.call(unlock, QDBus::Block, 10000);
    QDBusConnection::disconnectFromBus(QStringLiteral("keyring"));
    if (unlocked.type() != QDBusMessage::ReplyMessage)
        return fail(QStringLiteral("UnlockWithMasterPassword failed: ") + unlocked.errorMessage());
    return !isLocked() ? true : fail(QStringLiteral("the keyring is still locked"));
}

bool PrivateKeyring::pause()
{
    return m_daemon && ::kill(pid_t(m_daemon->processId()), SIGSTOP) == 0;
}

bool PrivateKeyring::resume()
{
    return m_daemon && ::kill(pid_t(m_daemon->processId()), SIGCONT) == 0;
}

void PrivateKeyring::stop()
{
    if (m_daemon) {
        resume();
        m_daemon->terminate();
        if (!m_daemon->waitForFinished(5000))
            m_daemon->kill();
        m_daemon->waitForFinished(2000);
        m_daemon.reset();
    }
    if (m_busPid > 0) {
        ::kill(pid_t(m_busPid), SIGTERM);
        m_busPid = 0;
    }
    m_home.reset();
}
