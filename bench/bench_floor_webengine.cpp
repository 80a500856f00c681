// Floor for connect_to_grant_page_ms and the memory figures: a bare QWebEngineView, in an
// off-the-record profile as the app's grant view uses, added to a window shown --delay-ms
// before (idle, as the app is when Connect is clicked) and loading the sandbox login page (the
// same kind of authorize URL the app loads).
//   metric start_to_main_ms, start_to_application_ms, start_to_window_ms
//                                      as bench_floor_widgets, but with Qt WebEngine linked
//   metric load_ms                     view created + load() -> loadFinished
//   metric peak_rss_mb                 process tree peak, from the first frame until the end
//   metric closed_rss_mb               process tree --settle-ms after view, page and profile
//                                      are deleted
//   metric closed_pss_mb               the same as proportional set size (shared pages split)
//   metric closed_webengine_processes  QtWebEngineProcess children left then (the zygotes stay
//                                      while the process lives; see bench/README.md)
//   metric closed_webengine_renderers  renderer processes left then
//   metric peak_webengine_processes
#include "BenchSandbox.h"
#include "support/FirstFrameWatcher.h"
#include "support/MemorySampler.h"
#include "support/MetricWriter.h"
#include "support/ProcessClock.h"
#include "support/ProcessTree.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QWidget>

#include <unistd.h>

int main(int argc, char *argv[])
{
    const double startToMainMs = ProcessClock::msSinceProcessStart();
    const ProcessTree tree(getpid(), { QByteArrayLiteral("pkb-sandbox") });
    MemorySampler sampler(tree); // started at the first frame: start-up stays unburdened

    QApplication app(argc, argv);
    const double startToApplicationMs = ProcessClock::msSinceProcessStart();
    QCommandLineParser parser;
    const QCommandLineOption urlOption(
        QStringLiteral("pkb-url"), QStringLiteral("a running pkb-sandbox (else one is started)"),
        QStringLiteral("url"));
    const QCommandLineOption delayOption(
        QStringLiteral("delay-ms"),
        QStringLiteral("idle time between the window's first frame and the view"),
        QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption settleOption(QStringLiteral("settle-ms"),
                                          QStringLiteral("how long the page stays, and the wait "
                                                         "after closing it"),
                                          QStringLiteral("ms"), QStringLiteral("2000"));
    parser.addOptions({ urlOption, delayOption, settleOption });
    parser.process(app);
    const int settleMs = parser.value(settleOption).toInt();

    BenchSandbox sandbox;
    if (!sandbox.open(QUrl(parser.value(urlOption)))) {
        MetricWriter::fail(sandbox.errorString());
        return 1;
    }
    const QUrl authorizeUrl =
        sandbox.authorizeUrl(QStringLiteral("bench"), BenchSandbox::newCodeVerifier());

    QWidget window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.resize(920, 720);
    auto *layout = new QVBoxLayout(&window);
    FirstFrameWatcher frame(&window);
    QPointer<QWebEngineProfile> profile;
    QPointer<QWebEnginePage> page;
    QPointer<QWebEngineView> view;
    QElapsedTimer loading;

    const auto finish = [&] {
        const ProcessTreeSample closed = tree.sample();
        sampler.stop();
        MetricWriter::writeMiB(QStringLiteral("peak_rss_mb"), sampler.peakRssKiB());
        MetricWriter::write(QStringLiteral("peak_webengine_processes"),
                            sampler.peakWebEngineProcessCount(), 0);
        MetricWriter::writeMiB(QStringLiteral("closed_rss_mb"), closed.rssKiB);
        MetricWriter::writeMiB(QStringLiteral("closed_pss_mb"), tree.proportionalSetKiB());
        MetricWriter::write(QStringLiteral("closed_webengine_processes"),
                            closed.webEngineProcessCount, 0);
        MetricWriter::write(QStringLiteral("closed_webengine_renderers"),
                            closed.webEngineRendererCount, 0);
        QCoreApplication::quit();
    };
    const auto close = [&] {
        // View, page, profile: the order the app's grant view tears down in.
        delete view;
        delete page;
        delete profile;
        QTimer::singleShot(settleMs, &app, finish);
    };
    const auto onLoaded = [&](bool ok) {
        if (!ok) {
            MetricWriter::fail(QStringLiteral("the sandbox login page did not load"));
            QCoreApplication::exit(1);
            return;
        }
        MetricWriter::write(QStringLiteral("load_ms"), double(loading.nsecsElapsed()) / 1e6);
        page->disconnect(&app);
        QTimer::singleShot(settleMs, &app, close);
    };
    const auto open = [&] {
        loading.start();
        profile = new QWebEngineProfile(&window); // no storage name: off the record
        profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        page = new QWebEnginePage(profile, &window);
        view = new QWebEngineView(&window);
        view->setPage(page);
        layout->addWidget(view);
        QObject::connect(page, &QWebEnginePage::loadFinished, &app, onLoaded);
        page->load(authorizeUrl);
    };
    // Idle first, as the app is when the patient clicks Connect (start-up work done).
    QObject::connect(&frame, &FirstFrameWatcher::firstFrame, &app, [&](double ms) {
        MetricWriter::write(QStringLiteral("start_to_main_ms"), startToMainMs);
        MetricWriter::write(QStringLiteral("start_to_application_ms"), startToApplicationMs);
        MetricWriter::write(QStringLiteral("start_to_window_ms"), ms);
        sampler.start();
        QTimer::singleShot(parser.value(delayOption).toInt(), &app, open);
    });
    QTimer::singleShot(60000, &app, [] {
        MetricWriter::fail(QStringLiteral("timed out"));
        QCoreApplication::exit(1);
    });
    window.show();
    return app.exec();
}
