#pragma once

#include <QMetaType>

// What the signed-in patient's session shows of its link to PKB: the stored link record
// (LinkRecordState) and the tokens the vault found (TokenVault::TokenState) taken together,
// plus the moments in between (loading, a grant under way).
enum class SessionLinkState {
    Loading, // reading the keychain and the link record
    NotLinked, // never linked, or unlinked
    Linking, // a grant attempt is under way
    Linked, // tokens in the keychain and a link record
    GrantAgain, // PKB ended the grant (invalid_grant, or no refresh token and the access expired)
};
Q_DECLARE_METATYPE(SessionLinkState)
