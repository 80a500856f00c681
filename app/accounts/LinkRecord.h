#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// The state a link record stores in the accounts database (what was last known of the link).
enum class LinkRecordState {
    NotLinked, // no grant yet, or the patient removed the link
    Linked, // tokens are in the keychain and worked last time
    GrantAgain, // PKB refused the refresh token (invalid_grant): the patient must grant again
};

// What ties one local account to one PKB record. Identifiers only: no tokens (keychain) and no
// demographics (names, NHS numbers, dates of birth), which are fetched from PKB when shown.
struct LinkRecord
{
    QString appUserId;
    QString environmentId; // EnvironmentConfig::id the grant was made in
    QString pkbPublicId; // UUID from FHIR Consent/$purview; empty when only REST was used
    QString pkbUserId; // "id" of REST users/self; empty when only FHIR was used
    QDateTime linkedAt; // UTC
    LinkRecordState state = LinkRecordState::NotLinked;

    bool isLinked() const { return state == LinkRecordState::Linked; }

    // Stable names used in the database.
    static QString stateName(LinkRecordState state);
    static std::optional<LinkRecordState> stateFromName(const QString &name);
};

Q_DECLARE_METATYPE(LinkRecord)
