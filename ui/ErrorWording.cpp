#include "ErrorWording.h"

#include "core/AppError.h"

QString ErrorWording::forError(const AppError &error)
{
    using K = AppError::Kind;
    switch (error.kind) {
    case K::None:
        return {};
    case K::AccessDenied:
        return tr("You chose not to give PKB Link access to your record, so it is not linked "
                  "and nothing was shared. You can connect again at any time.");
    case K::Cancelled:
        return tr("Connecting to PKB was cancelled, so your record is not linked. You can "
                  "connect again at any time.");
    case K::Network:
        if (error.userMessage.isEmpty())
            return tr("PKB could not be reached. Check your internet connection and try again.");
        break;
    case K::KeychainUnavailable:
        if (error.userMessage.isEmpty())
            return tr("Your system keychain is locked or not running. Unlock it and try again.");
        break;
    case K::GrantRevoked: // the core says why the access ended
    case K::InvalidInput:
    case K::Configuration:
    case K::Server:
    case K::MalformedResponse:
    case K::Unauthorized:
    case K::Forbidden:
    case K::InvalidCallback:
    case K::OAuth:
    case K::Storage:
    case K::NotFound:
    case K::Throttled:
        break;
    }
    if (!error.userMessage.isEmpty())
        return error.userMessage;
    return tr("Something went wrong. Try again, and if it keeps happening, contact support.");
}
