#include "pkb/PkbErrors.h"

AppError PkbErrors::malformedResponse(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::MalformedResponse,
                          tr("PKB sent an answer this app could not read. Try again later; if "
                             "it keeps happening, contact support."),
                          technicalDetail);
}

AppError PkbErrors::unreachable(AppError::Kind kind, const QString &technicalDetail)
{
    return AppError::make(kind,
                          tr("PKB could not be reached. Check your connection and try again."),
                          technicalDetail, true);
}

AppError PkbErrors::tooSlow(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::Network,
                          tr("PKB is taking too long to answer. It may be busy: try again in a "
                             "moment."),
                          technicalDetail, true);
}

AppError PkbErrors::forbidden(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::Forbidden,
                          tr("PKB did not allow this app to read that part of your record."),
                          technicalDetail);
}

AppError PkbErrors::unauthorized(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::Unauthorized,
                          tr("PKB did not accept this app's access to your record. Sign in "
                             "again; if that does not help, grant access again."),
                          technicalDetail);
}

AppError PkbErrors::notFound(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::NotFound,
                          tr("PKB could not find that part of your record."), technicalDetail);
}

AppError PkbErrors::throttled(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::Throttled,
                          tr("PKB is busy right now. Wait a moment and try again."),
                          technicalDetail, true);
}

AppError PkbErrors::unexpectedAnswer(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::Server,
                          tr("PKB gave an unexpected answer. Try again later; if it keeps "
                             "happening, contact support."),
                          technicalDetail);
}

AppError PkbErrors::insecureConnection(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::Network,
                          tr("A secure connection to PKB could not be made. Check your network "
                             "(a proxy or firewall may be interfering) and try again."),
                          technicalDetail);
}

AppError PkbErrors::refusedUrl(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::Configuration,
                          tr("The PKB address is not allowed: PKB must be reached over HTTPS. "
                             "Check the PKB address in Settings."),
                          technicalDetail);
}
