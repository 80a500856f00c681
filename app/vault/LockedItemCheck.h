#pragma once

#include <QObject>
#include <QString>

// Tells whether the keychain item behind a key exists but is locked. On Linux a read of a locked
// item whose unlock prompt was cancelled, denied or could not be shown comes back from
// QtKeychain as "no such entry"; the Secret Service still lists the item among its locked ones,
// so this asks it (org.freedesktop.Secret.Service.SearchItems). Elsewhere, and when the Secret
// Service does not answer, the answer is "not locked". Emits finished exactly once, later, then
// deletes itself.
class LockedItemCheck : public QObject
{
    Q_OBJECT
public:
    LockedItemCheck(const QString &service, const QString &key, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(bool locked);

private:
    void finish(bool locked);

    QString m_service;
    QString m_key;
};
