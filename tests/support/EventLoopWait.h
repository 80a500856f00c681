#pragma once

#include <QtTest>

#include <functional>

// Waiting in tests that run Qt WebEngine. QTRY_* and QTest::qWait sleep 10 ms between rounds of
// events, which starves Chromium's tasks on the main thread (page loads then take seconds and
// depend on the machine's load); these run a real event loop instead.
namespace EventLoopWait {

// Generous on purpose: a loaded 2-core CI machine runs two WebEngine suites at once.
constexpr int DefaultTimeoutMs = 20000;

// Runs the event loop until condition() holds (true) or timeoutMs have passed (false).
// condition() may itself run a nested event loop (e.g. wait for runJavaScript's answer).
bool until(const std::function<bool()> &condition, int timeoutMs = DefaultTimeoutMs);

// Runs the event loop for ms, for checks that something does NOT happen: a late signal or a
// leaked request gets that long to show up.
void wait(int ms);

} // namespace EventLoopWait

// QTRY_VERIFY / QTRY_COMPARE with a real event loop (QCOMPARE still reports both values).
#define LOOP_TRY_VERIFY_WITH_TIMEOUT(expr, timeoutMs)                                              \
    QVERIFY2(EventLoopWait::until([&] { return bool(expr); }, timeoutMs),                          \
             "timed out waiting for: " #expr)
#define LOOP_TRY_VERIFY(expr) LOOP_TRY_VERIFY_WITH_TIMEOUT(expr, EventLoopWait::DefaultTimeoutMs)
#define LOOP_TRY_COMPARE_WITH_TIMEOUT(actual, expected, timeoutMs)                                 \
    do {                                                                                           \
        EventLoopWait::until([&] { return bool((actual) == (expected)); }, timeoutMs);             \
        QCOMPARE(actual, expected);                                                                \
    } while (false)
#define LOOP_TRY_COMPARE(actual, expected)                                                         \
    LOOP_TRY_COMPARE_WITH_TIMEOUT(actual, expected, EventLoopWait::DefaultTimeoutMs)
