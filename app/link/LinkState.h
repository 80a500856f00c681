#pragma once

#include <QMetaType>

// Where one local account stands with its PKB record.
enum class PatientLinkState {
    Loading, // reading the keychain and the link record
    NotLinked, // never linked, or unlinked
    Linking, // a grant attempt is under way
    Linked, // tokens in the keychain and a link record
    GrantAgain, // PKB ended the grant (invalid_grant, or no refresh token and the access expired)
};
Q_DECLARE_METATYPE(PatientLinkState)
