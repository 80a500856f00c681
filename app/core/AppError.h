#pragma once

#include <QMetaType>
#include <QString>

// An error as a value the UI can show: what happened for the patient, and a technical detail
// for support (never a secret or patient data).
struct AppError
{
    enum class Kind {
        None,
        InvalidInput, // the user typed something we cannot use
        Configuration, // a missing or invalid setting
        Network, // timeout, DNS, refused connection, TLS
        Server, // 5xx or an unexpected answer from PKB
        MalformedResponse, // a body we could not parse
        Unauthorized, // 401 that a refresh could not fix
        Forbidden, // 403, e.g. a scope PKB does not give to patients
        GrantRevoked, // invalid_grant: the patient must grant access again
        AccessDenied, // the patient pressed Deny
        Cancelled, // the user cancelled
        InvalidCallback, // the redirect did not match our request (state, code)
        OAuth, // any other RFC 6749 error
        KeychainUnavailable, // no secret service, locked keychain
        Storage, // the local database
        NotFound,
        Throttled, // too many attempts
    };
    // The value the user typed that is wrong, set by the rule that knows (InvalidInput from the
    // account rules): a form puts the focus there, whatever language the message is in.
    enum class Field { None, UserName, DisplayName, Password };

    Kind kind = Kind::None;
    QString userMessage;
    QString technicalDetail;
    bool retryable = false;
    Field field = Field::None;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static AppError make(Kind kind, QString userMessage, QString technicalDetail = {},
                         bool retryable = false)
    {
        return AppError { kind, std::move(userMessage), std::move(technicalDetail), retryable };
    }
    // This error, naming the field that is wrong.
    AppError about(Field wrongField) const
    {
        AppError error = *this;
        error.field = wrongField;
        return error;
    }
};

Q_DECLARE_METATYPE(AppError)
