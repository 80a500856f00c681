#include "ProcessClock.h"

#include <QByteArray>
#include <QFile>

#include <ctime>
#include <unistd.h>

double ProcessClock::nowMs()
{
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double ProcessClock::processStartMs()
{
    static const double startMs = [] {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray line = stat.readAll();
        // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // starttime is field 22 of the whole line, so 20th after the name.
        constexpr int kStartTimeAfterName = 19;
        if (fields.size() <= kStartTimeAfterName)
            return -1.0;
        const double ticks = fields.at(kStartTimeAfterName).toDouble();
        return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }();
    return startMs;
}

double ProcessClock::msSinceProcessStart()
{
    const double start = processStartMs();
    return start < 0 ? -1.0 : nowMs() - start;
}
