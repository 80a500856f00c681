#include "pkb/PkbJob.h"

PkbJob::PkbJob(const PkbConnection &connection, QObject *parent)
    : Job(parent)
    , m_connection(connection)
{ }

void PkbJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isFinished())
                run();
        },
        Qt::QueuedConnection);
}

bool PkbJob::finishOnce(const AppError &error)
{
    if (isFinished())
        return false;
    const auto requests = findChildren<PkbGetRequest *>(Qt::FindDirectChildrenOnly);
    for (PkbGetRequest *request : requests) {
        request->disconnect(this);
        request->abort();
    }
    return finishJob(error);
}
