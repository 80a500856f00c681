#pragma once

#include "ProcessTree.h"

#include <QSet>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

// Samples a process tree's resident memory on its own thread (so a busy GUI thread does not
// hide a peak): RSS of every member each interval, the member list itself every tenth sample.
// Keeps the highest total, the most WebEngine processes seen at once, and every WebEngine
// process seen at all (a member list is read every 200 ms; Chromium's zygotes live as long as
// the process, so none of them is missed).
class MemorySampler
{
public:
    explicit MemorySampler(ProcessTree tree,
                           std::chrono::milliseconds interval = std::chrono::milliseconds(20));
    ~MemorySampler();
    MemorySampler(const MemorySampler &) = delete;
    MemorySampler &operator=(const MemorySampler &) = delete;

    void start();
    void stop();

    qint64 peakRssKiB() const;
    int peakWebEngineProcessCount() const;
    int webEngineProcessesEverSeen() const;
    int sampleCount() const;

private:
    void run(std::stop_token stop);

    const ProcessTree m_tree;
    const std::chrono::milliseconds m_interval;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    qint64 m_peakRssKiB = 0;
    int m_peakWebEngineProcesses = 0;
    QSet<pid_t> m_webEngineProcessesSeen;
    int m_samples = 0;
    std::jthread m_thread;
};
