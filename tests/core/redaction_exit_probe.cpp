// Logs through the redaction handler while the process exits, after the function-local statics
// created during main() are gone: the way Qt itself logs at exit (library unloading, plugins).
#include "core/Redaction.h"

#include <QtGlobal>

namespace {
struct LogsAtExit
{
    ~LogsAtExit() { qWarning("exit-time line: refresh_token=probe-exit-secret"); }
};
// Constructed before main(), so destroyed after everything main() created.
LogsAtExit logsAtExit;
} // namespace

int main()
{
    Redaction::installMessageHandler();
    qWarning("first line: access_token=probe-main-secret");
    return 0;
}
