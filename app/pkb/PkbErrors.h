#pragma once

#include "core/AppError.h"

// The AppErrors the PKB client produces, with their user messages in one place. Technical
// details name paths, fields and status codes only: never a token or patient data.
namespace PkbErrors {
AppError malformedResponse(const QString &technicalDetail);
AppError unreachable(AppError::Kind kind, const QString &technicalDetail); // retryable
AppError tooSlow(const QString &technicalDetail); // no answer in time: busy, not offline; retryable
AppError forbidden(const QString &technicalDetail);
AppError unauthorized(const QString &technicalDetail);
AppError notFound(const QString &technicalDetail);
AppError throttled(const QString &technicalDetail);
AppError unexpectedAnswer(const QString &technicalDetail); // Server, not retryable
AppError insecureConnection(const QString &technicalDetail);
AppError refusedUrl(const QString &technicalDetail);
} // namespace PkbErrors
