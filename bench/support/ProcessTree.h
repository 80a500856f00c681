#pragma once

#include <QByteArrayList>
#include <QList>

#include <sys/types.h>

// What one look at a process tree found.
struct ProcessTreeSample
{
    qint64 rssKiB = 0;
    int processCount = 0;
    int webEngineProcessCount = 0; // QtWebEngineProcess children (zygotes, renderers, ...)
    int webEngineRendererCount = 0; // those of them started with --type=renderer
};

// A process and all its descendants, read from /proc: children through
// /proc/<pid>/task/<tid>/children (every thread, since Chromium launches its processes from a
// launcher thread), resident memory from /proc/<pid>/statm (the same figure as VmRSS). Processes
// whose command name is excluded are left out with their subtrees (e.g. a pkb-sandbox the
// benchmark started itself). Summed RSS counts pages shared between processes once per process;
// proportionalSetKiB() splits them instead.
class ProcessTree
{
public:
    explicit ProcessTree(pid_t root, QByteArrayList excludedNames = {});

    QList<pid_t> members() const;
    ProcessTreeSample sample(const QList<pid_t> &members) const;
    ProcessTreeSample sample() const { return sample(members()); }
    // Sum of Pss from /proc/<pid>/smaps_rollup: slower, for a single settled figure.
    qint64 proportionalSetKiB() const;

    static QByteArray commandName(pid_t pid);
    static bool isWebEngineProcess(pid_t pid);
    static qint64 residentKiB(pid_t pid);

private:
    void addChildren(pid_t pid, QList<pid_t> *members) const;

    pid_t m_root;
    QByteArrayList m_excludedNames;
};
