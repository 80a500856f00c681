#pragma once

#include "core/AppError.h"

#include <QObject>

// Base of every asynchronous job of the core (a token request, a keychain call, a PKB fetch).
// Whoever makes a job starts it; it ends exactly once with finished(), never before control
// returns to the event loop, and then deletes itself later. Its outcome is read in the slot
// connected to finished(): error() here, the job's own result through its getters. Destroying a
// job (or its parent) before it finished cancels it without finished().
class Job : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    // None when the job succeeded; valid once finished() was emitted.
    const AppError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

protected:
    explicit Job(QObject *parent = nullptr);

    // The one exit: records error, emits finished() and schedules the job's deletion. Returns
    // false (and does nothing) when the job has already finished.
    bool finishJob(AppError error = {});

private:
    AppError m_error;
    bool m_finished = false;
};
