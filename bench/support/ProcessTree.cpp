#include "ProcessTree.h"

#include <QByteArray>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace {

// /proc files are small and read often (every 20 ms): plain POSIX, one read.
QByteArray readProcFile(const QByteArray &path, qsizetype limit = 4096)
{
    QByteArray content;
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return content;
    content.resize(limit);
    qsizetype total = 0;
    while (total < limit) {
        const ssize_t n = ::read(fd, content.data() + total, size_t(limit - total));
        if (n <= 0)
            break;
        total += n;
    }
    ::close(fd);
    content.truncate(total);
    return content;
}

QByteArray procPath(pid_t pid, const char *file)
{
    return QByteArrayLiteral("/proc/") + QByteArray::number(pid) + '/' + file;
}

const QByteArray kWebEngineProcessName = QByteArrayLiteral("QtWebEngineProc"); // 15-char comm

} // namespace

ProcessTree::ProcessTree(pid_t root, QByteArrayList excludedNames)
    : m_root(root)
    , m_excludedNames(std::move(excludedNames))
{ }

QList<pid_t> ProcessTree::members() const
{
    QList<pid_t> result { m_root };
    addChildren(m_root, &result);
    return result;
}

void ProcessTree::addChildren(pid_t pid, QList<pid_t> *members) const
{
    const QByteArray taskDir = procPath(pid, "task");
    DIR *dir = ::opendir(taskDir.constData());
    if (!dir)
        return; // gone meanwhile
    QList<pid_t> children;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const QByteArray list =
            readProcFile(taskDir + '/' + QByteArray(entry->d_name) + "/children", 65536);
        for (const QByteArray &child : list.split(' ')) {
            bool ok = false;
            const pid_t childPid = pid_t(child.trimmed().toInt(&ok));
            if (ok && !children.contains(childPid))
                children.append(childPid);
        }
    }
    ::closedir(dir);
    for (pid_t child : std::as_const(children)) {
        if (m_excludedNames.contains(commandName(child)))
            continue;
        members->append(child);
        addChildren(child, members);
    }
}

ProcessTreeSample ProcessTree::sample(const QList<pid_t> &members) const
{
    ProcessTreeSample sample;
    for (pid_t pid : members) {
        const qint64 rss = residentKiB(pid);
        if (rss < 0)
            continue;
        sample.rssKiB += rss;
        ++sample.processCount;
        if (isWebEngineProcess(pid)) {
            ++sample.webEngineProcessCount;
            if (readProcFile(procPath(pid, "cmdline"), 65536).contains("--type=renderer"))
                ++sample.webEngineRendererCount;
        }
    }
    return sample;
}

bool ProcessTree::isWebEngineProcess(pid_t pid)
{
    return commandName(pid) == kWebEngineProcessName;
}

qint64 ProcessTree::proportionalSetKiB() const
{
    qint64 total = 0;
    const QList<pid_t> pids = members();
    for (pid_t pid : pids) {
        const QByteArrayList lines = readProcFile(procPath(pid, "smaps_rollup")).split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Pss:")) {
                total += line.mid(4).trimmed().split(' ').value(0).toLongLong();
                break;
            }
        }
    }
    return total;
}

QByteArray ProcessTree::commandName(pid_t pid)
{
    return readProcFile(procPath(pid, "comm")).trimmed();
}

qint64 ProcessTree::residentKiB(pid_t pid)
{
    // statm: size resident shared text lib data dt, in pages.
    const QByteArrayList fields = readProcFile(procPath(pid, "statm")).split(' ');
    if (fields.size() < 2)
        return -1;
    static const qint64 pageKiB = sysconf(_SC_PAGESIZE) / 1024;
    return fields.at(1).toLongLong() * pageKiB;
}
