#include "SessionStore.h"

#include "SecureRandom.h"

QString SessionStore::create(const QString &username)
{
    const QString sessionId = SecureRandom::token(24);
    m_sessions.insert(sessionId, username);
    return sessionId;
}
