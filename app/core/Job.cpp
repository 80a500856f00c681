#include "core/Job.h"

Job::Job(QObject *parent)
    : QObject(parent)
{ }

bool Job::finishJob(AppError error)
{
    if (m_finished)
        return false;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
    deleteLater();
    return true;
}
