// Floor for start_to_window_ms and settled memory: a bare QWidget window of the main window's
// size in a process linked to Qt Widgets only (no WebEngine libraries to load at start).
//   metric start_to_main_ms     process start -> main() (dynamic loader, static initialisers)
//   metric start_to_application_ms  process start -> QApplication constructed
//   metric start_to_window_ms   process start -> first frame
//   metric rss_mb               the process (tree) --settle-ms after the first frame
#include "support/FirstFrameWatcher.h"
#include "support/MetricWriter.h"
#include "support/ProcessClock.h"
#include "support/ProcessTree.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QWidget>

#include <unistd.h>

int main(int argc, char *argv[])
{
    const double startToMainMs = ProcessClock::msSinceProcessStart(); // loader + static init
    QApplication app(argc, argv);
    const double startToApplicationMs = ProcessClock::msSinceProcessStart();
    QCommandLineParser parser;
    const QCommandLineOption settleOption(QStringLiteral("settle-ms"),
                                          QStringLiteral("wait before the memory figure"),
                                          QStringLiteral("ms"), QStringLiteral("2000"));
    parser.addOption(settleOption);
    parser.process(app);
    const int settleMs = parser.value(settleOption).toInt();

    QWidget window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.resize(920, 720);
    FirstFrameWatcher frame(&window);
    const ProcessTree tree(getpid());
    bool framed = false;
    QObject::connect(&frame, &FirstFrameWatcher::firstFrame, &app, [&](double ms) {
        framed = true;
        MetricWriter::write(QStringLiteral("start_to_main_ms"), startToMainMs);
        MetricWriter::write(QStringLiteral("start_to_application_ms"), startToApplicationMs);
        MetricWriter::write(QStringLiteral("start_to_window_ms"), ms);
        QTimer::singleShot(settleMs, &app, [&] {
            MetricWriter::writeMiB(QStringLiteral("rss_mb"), tree.sample().rssKiB);
            MetricWriter::writeMiB(QStringLiteral("pss_mb"), tree.proportionalSetKiB());
            QCoreApplication::quit();
        });
    });
    QTimer::singleShot(30000, &app, [&] {
        if (!framed) {
            MetricWriter::fail(QStringLiteral("the window was never exposed"));
            QCoreApplication::exit(1);
        }
    });
    window.show();
    return app.exec();
}
