#include "AuthorizationCodeStore.h"

#include "SecureRandom.h"

QString AuthorizationCodeStore::issue(const AuthorizationCode &code)
{
    const QString value = SecureRandom::token(24);
    m_codes.insert(value, code);
    return value;
}

AuthorizationCode *AuthorizationCodeStore::find(const QString &code)
{
    const auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &it.value();
}
