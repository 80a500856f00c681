#pragma once

#include "EventLoopWait.h"
#include "config/Environment.h"

#include <QApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtTest>

class QWebEnginePage;

// Shared plumbing of the grant view's WebEngine suites.
namespace GrantTestSupport {

// Before the QApplication exists: the app's redirect scheme (as main() registers it), WebEngine's
// OpenGL sharing, and the offscreen platform when there is no display at all.
void prepareProcess();

// "local" environment (loopback HTTP allowed) whose PKB origin is baseUrl's, without sign-in
// origins (the defaults would allow every loopback origin).
EnvironmentConfig localEnvironment(const QUrl &baseUrl);
// A "custom" environment (HTTPS only) at baseUrl.
EnvironmentConfig customEnvironment(const QUrl &baseUrl);

// Runs script in the page and waits for its result (an invalid QVariant on timeout or when the
// page went away). Safe if the page is deleted meanwhile.
QVariant evaluate(QWebEnginePage *page, const QString &script,
                  int timeoutMs = EventLoopWait::DefaultTimeoutMs);
// Waits until document.querySelector(selector) exists in page.
bool waitForElement(QWebEnginePage *page, const QString &selector,
                    int timeoutMs = EventLoopWait::DefaultTimeoutMs);

// Before checking that something did NOT happen (a second signal, a leaked request): runs the
// event loop long enough for it to show up. A leaked request arrives within ~100 ms.
inline void letLateEventsArrive()
{
    EventLoopWait::wait(300);
}

// Collects every Qt message while alive (and still prints them), for log assertions.
class MessageRecorder
{
public:
    MessageRecorder();
    ~MessageRecorder();
    Q_DISABLE_COPY_MOVE(MessageRecorder)

    QStringList messages() const;
    bool contains(const QString &text) const;
};

} // namespace GrantTestSupport

#define GRANT_TEST_MAIN(TestObject)                                                                \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        GrantTestSupport::prepareProcess();                                                        \
        QApplication app(argc, argv);                                                              \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
