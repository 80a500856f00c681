#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A D-Bus session bus and a gnome-keyring (the real Secret Service) of this test process alone,
// so a suite can lock the keychain, make it hang or stop it without touching the keyring other
// suites share. start() must run before the QApplication exists: it points this process's
// DBUS_SESSION_BUS_ADDRESS at the private bus. The bus has no display, so an unlock prompt
// cannot be shown and is dismissed at once, which is what the app sees when a patient presses
// Cancel on it.
class PrivateKeyring
{
public:
    PrivateKeyring() = default;
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    bool start();
    void stop();

    // The login collection: locked over D-Bus, unlocked with its password.
    bool lock();
    bool unlock();
    bool isLocked();
    // The daemon stops answering (SIGSTOP) until resume(): a keychain that hangs.
    bool pause();
    bool resume();

    QString errorString() const { return m_error; }

private:
    bool startDaemon();
    QProcessEnvironment privateEnvironment(QProcessEnvironment environment) const;
    bool fail(const QString &why);
    QByteArray dbusSend(const QStringList &arguments, bool *ok);

    std::unique_ptr<QTemporaryDir> m_home;
    qint64 m_busPid = 0;
    QString m_busAddress;
    std::unique_ptr<QProcess> m_daemon;
    QString m_error;
};
