#pragma once

#include <QHash>
#include <QString>

// Browser sessions of signed-in patients, keyed by the PKBSESSION cookie value.
class SessionStore
{
public:
    static QString cookieName() { return QStringLiteral("PKBSESSION"); }

    QString create(const QString &username);
    // The signed-in user name, or a null QString for an unknown session.
    QString usernameFor(const QString &sessionId) const { return m_sessions.value(sessionId); }
    void clear() { m_sessions.clear(); }

private:
    QHash<QString, QString> m_sessions;
};
