#pragma once

#include <QCoreApplication>
#include <QString>

struct AppError;

// What the error banner says for an error: what happened and what the patient can do. The one
// place that decides, per kind, who words it: the kinds the patient caused themselves (Deny,
// Cancel) get plain words of our own in place of the core's; every other kind shows the core's
// message (the code that found the error knows best why), with words of our own only when
// it has none.
class ErrorWording
{
    Q_DECLARE_TR_FUNCTIONS(ErrorWording)
public:
    static QString forError(const AppError &error);
};
