#pragma once

// Waiting for a PKB client job in the tst_pkb* suites (header-only).

#include "EventLoopWait.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

namespace PkbTest {

// Waits for the job's finished() and returns its result, or nothing when finished() was not
// emitted exactly once or the job did not delete itself afterwards.
template<typename Job>
std::optional<decltype(std::declval<Job &>().result())> waitFor(Job *job, int timeoutMs = 15000)
{
    QPointer<Job> guard(job);
    std::optional<decltype(job->result())> result;
    int emissions = 0;
    QObject::connect(job, &Job::finished, job, [&] {
        ++emissions;
        result = job->result();
    });
    if (!EventLoopWait::until([&] { return emissions > 0; }, timeoutMs))
        return std::nullopt;
    if (!EventLoopWait::until([&] { return guard.isNull(); }, 1000)) // deleteLater ran
        return std::nullopt;
    if (emissions != 1) // the job is gone: no emission can follow
        return std::nullopt;
    return result;
}

} // namespace PkbTest

// const auto &name = the job's result; fails the test when PkbTest::waitFor gave nothing.
#define WAIT_FOR_RESULT(name, job)                                                                 \
    const auto name##Finished = PkbTest::waitFor(job);                                             \
    QVERIFY2(name##Finished.has_value(),                                                           \
             "the job did not emit finished() exactly once or did not delete itself");             \
    const auto &name = *name##Finished
