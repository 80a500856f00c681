#pragma once

#include <QCoreApplication>
#include <QString>

struct AppError;

// What the error banner says for an error: what happened and what the patient can do. Kinds
// the patient caused themselves (Deny, Cancel) get plain words of our own; the others use the
// core's message, with a fallback when it has none.
class ErrorWording
{
    Q_DECLARE_TR_FUNCTIONS(ErrorWording)
public:
    static QString forError(const AppError &error);
};
