#pragma once

#include "PatientRecord.h"
#include "ProviderAccounts.h"

#include <QList>
#include <QString>

#include <utility>

// The browser pages of the sandbox. Plain HTML forms with stable element ids (tests fill them
// with JavaScript; people use them with a keyboard); no scripts.
namespace HtmlPages {
// nhsLoginHref: where "Log in with NHS login" leads; empty shows no such button.
QString login(const QString &authorizeQuery, const QString &clientId, const QString &error,
              const QList<PatientRecord> &seededPatients, const QString &nhsLoginHref = {});
QString grant(const PatientRecord &patient, const QString &clientId, const QString &authorizeQuery);
QString error(const QString &heading, const QString &message);
// The identity-provider stand-in's pages (its own look, so nobody takes them for PKB's).
QString providerLogin(const QList<std::pair<QString, QString>> &hiddenFields, const QString &error,
                      const ProviderAccounts &accounts);
QString providerError(const QString &heading, const QString &message);
} // namespace HtmlPages
