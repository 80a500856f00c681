#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// One local account of the app. The app_user_id is the stable identity (tokens and the link
// record hang off it); the user name can be anything the patient likes and is only for signing in.
struct Account
{
    QString appUserId; // UUID v4 as text, lower case, without braces
    QString userName; // as shown: trimmed, NFKC-normalised
    QString displayName;
    QDateTime createdAt; // UTC

    bool isValid() const { return !appUserId.isEmpty(); }
};

// What the sign-in page may list: no ids, no dates.
struct AccountSummary
{
    QString userName;
    QString displayName;
};

Q_DECLARE_METATYPE(Account)
