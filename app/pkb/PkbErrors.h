#pragma once

#include "core/AppError.h"

#include <QCoreApplication>

// The AppErrors the PKB client produces, with their user messages in one place. Technical
// details name paths, fields and status codes only: never a token or patient data.
class PkbErrors
{
    Q_DECLARE_TR_FUNCTIONS(PkbErrors)

public:
    static AppError malformedResponse(const QString &technicalDetail);
    static AppError unreachable(AppError::Kind kind, const QString &technicalDetail); // retryable
    // No answer in time: busy, not offline; retryable.
    static AppError tooSlow(const QString &technicalDetail);
    static AppError forbidden(const QString &technicalDetail);
    static AppError unauthorized(const QString &technicalDetail);
    static AppError notFound(const QString &technicalDetail);
    static AppError throttled(const QString &technicalDetail);
    static AppError unexpectedAnswer(const QString &technicalDetail); // Server, not retryable
    static AppError insecureConnection(const QString &technicalDetail);
    static AppError refusedUrl(const QString &technicalDetail);
};
