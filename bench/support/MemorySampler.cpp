#include "MemorySampler.h"

#include <algorithm>

MemorySampler::MemorySampler(ProcessTree tree, std::chrono::milliseconds interval)
    : m_tree(std::move(tree))
    , m_interval(interval)
{ }

MemorySampler::~MemorySampler()
{
    stop();
}

void MemorySampler::start()
{
    if (!m_thread.joinable())
        m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

void MemorySampler::stop()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
}

qint64 MemorySampler::peakRssKiB() const
{
    std::lock_guard lock(m_mutex);
    return m_peakRssKiB;
}

int MemorySampler::peakWebEngineProcessCount() const
{
    std::lock_guard lock(m_mutex);
    return m_peakWebEngineProcesses;
}

int MemorySampler::webEngineProcessesEverSeen() const
{
    std::lock_guard lock(m_mutex);
    return int(m_webEngineProcessesSeen.size());
}

int MemorySampler::sampleCount() const
{
    std::lock_guard lock(m_mutex);
    return m_samples;
}

void MemorySampler::run(std::stop_token stop)
{
    constexpr int kRescanEvery = 10;
    QList<pid_t> members;
    QList<pid_t> webEngineMembers;
    for (int i = 0; !stop.stop_requested(); ++i) {
        if (i % kRescanEvery == 0) {
            members = m_tree.members();
            webEngineMembers.clear();
            for (pid_t pid : std::as_const(members)) {
                if (ProcessTree::isWebEngineProcess(pid))
                    webEngineMembers.append(pid);
            }
        }
        const ProcessTreeSample sample = m_tree.sample(members);
        std::unique_lock lock(m_mutex);
        for (pid_t pid : std::as_const(webEngineMembers))
            m_webEngineProcessesSeen.insert(pid);
        m_peakRssKiB = std::max(m_peakRssKiB, sample.rssKiB);
        m_peakWebEngineProcesses = std::max(m_peakWebEngineProcesses, sample.webEngineProcessCount);
        ++m_samples;
        m_wake.wait_for(lock, stop, m_interval, [] { return false; });
    }
}
