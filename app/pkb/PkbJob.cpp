#include "pkb/PkbJob.h"

PkbJob::PkbJob(const PkbConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }

void PkbJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                run();
        },
        Qt::QueuedConnection);
}

bool PkbJob::finishOnce()
{
    if (m_finished)
        return false;
    m_finished = true;
    const auto requests = findChildren<PkbGetRequest *>(Qt::FindDirectChildrenOnly);
    for (PkbGetRequest *request : requests) {
        request->disconnect(this);
        request->abort();
    }
    Q_EMIT finished(QPrivateSignal());
    deleteLater();
    return true;
}
