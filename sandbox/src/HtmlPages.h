#pragma once

#include "PatientRecord.h"

#include <QList>
#include <QString>

// The browser pages of the sandbox. Plain HTML forms with stable element ids (tests fill them
// with JavaScript; people use them with a keyboard); no scripts.
namespace HtmlPages {
QString login(const QString &authorizeQuery, const QString &clientId, const QString &error,
              const QList<PatientRecord> &seededPatients);
QString grant(const PatientRecord &patient, const QString &clientId, const QString &authorizeQuery);
QString error(const QString &heading, const QString &message);
} // namespace HtmlPages
