#include "FederationStore.h"

#include "SecureRandom.h"

QString FederationStore::begin(const FederatedLogin &login)
{
    const QString state = SecureRandom::token(18);
    m_pending.insert(state, login);
    return state;
}

bool FederationStore::take(const QString &state, FederatedLogin *login)
{
    const auto it = m_pending.constFind(state);
    if (state.isEmpty() || it == m_pending.constEnd())
        return false;
    *login = it.value();
    m_pending.erase(it);
    return true;
}

QString FederationStore::issueCode(const ProviderCode &code)
{
    const QString value = SecureRandom::token(24);
    m_codes.insert(value, code);
    return value;
}

bool FederationStore::redeemCode(const QString &code, ProviderCode *grant)
{
    const auto it = m_codes.constFind(code);
    if (code.isEmpty() || it == m_codes.constEnd())
        return false;
    *grant = it.value();
    m_codes.erase(it);
    return true;
}
