// The app's own figures, one process per run (bench/run.sh repeats the runs and takes medians).
// Output: "metric <name> <value>" lines on stdout (see bench/README.md).
//   --mode window    start_to_main_ms, start_to_window_ms (process start -> MainWindow's first
//                    frame), window_rss_mb
//   --mode journey   create an account; connect_to_grant_page_ms (Connect clicked -> sandbox
//                    login page loadFinished); log in; allow_to_details_ms (Allow clicked ->
//                    details page with the NHS number), of which allow_to_redirect_ms (->
//                    redirect captured, linking page shown); --settle-ms later the whole process
//                    tree: settled_rss_mb, settled_pss_mb, settled_processes,
//                    settled_webengine_processes, settled_webengine_renderers; peak_rss_mb and
//                    peak_webengine_processes over the whole run (sampled every 20 ms)
//   --mode signin    the every-day path for the account that an earlier `--mode journey` run
//                    linked in the same --machine-dir: signin_to_details_ms (Sign in clicked ->
//                    details page with the NHS number); signin_tree_pss_mb (the whole tree
//                    then), signin_settled_pss_mb (--settle-ms later); signin_webengine_processes
//                    (QtWebEngineProcess ever seen in the tree, sampled every 20 ms)
//   --machine-dir    settings and data folder kept there (default: a fresh temporary folder)
// Built twice: bench_journey drives PKB's pages through Qt WebEngine (for --mode journey), so it
// links Qt WebEngine; bench_everyday (window and signin) does not, as pkb-link does not. Both load
// the grant view module as pkb-link does (PKBLINK_GRANT_MODULE_DIR, set by bench/run.sh).
#include "BenchSandbox.h"
#include "GrantModuleLoader.h"
#include "JourneyDriver.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "support/FirstFrameWatcher.h"
#include "support/MemorySampler.h"
#include "support/MetricWriter.h"
#include "support/ProcessClock.h"
#include "support/ProcessTree.h"

#include "config/AppSettings.h"
#include "core/Redaction.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkProxyFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

namespace {
const QByteArrayList kNotOurs = { QByteArrayLiteral("pkb-sandbox") };

void writeSettledMemory(const ProcessTree &tree)
{
    const ProcessTreeSample settled = tree.sample();
    MetricWriter::writeMiB(QStringLiteral("settled_rss_mb"), settled.rssKiB);
    MetricWriter::writeMiB(QStringLiteral("settled_pss_mb"), tree.proportionalSetKiB());
    MetricWriter::write(QStringLiteral("settled_processes"), settled.processCount, 0);
    MetricWriter::write(QStringLiteral("settled_webengine_processes"),
                        settled.webEngineProcessCount, 0);
    MetricWriter::write(QStringLiteral("settled_webengine_renderers"),
                        settled.webEngineRendererCount, 0);
}
} // namespace

int main(int argc, char *argv[])
{
    const double startToMainMs = ProcessClock::msSinceProcessStart(); // loader + static init
    Redaction::installMessageHandler();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("window, journey or signin"),
                                        QStringLiteral("mode"), QStringLiteral("window"));
    const QCommandLineOption urlOption(
        QStringLiteral("pkb-url"), QStringLiteral("a running pkb-sandbox (else one is started)"),
        QStringLiteral("url"));
    const QCommandLineOption settleOption(QStringLiteral("settle-ms"),
                                          QStringLiteral("wait before the settled memory figure"),
                                          QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"),
                                           QStringLiteral("give up on the journey after this"),
                                           QStringLiteral("ms"), QStringLiteral("90000"));
    const QCommandLineOption machineOption(
        QStringLiteral("machine-dir"),
        QStringLiteral("keep settings and data folder here (else a fresh temporary folder)"),
        QStringLiteral("dir"));
    parser.addOptions({ modeOption, urlOption, settleOption, timeoutOption, machineOption });
    if (!parser.parse(arguments)) {
        MetricWriter::fail(parser.errorText());
        return 2;
    }
    const QString mode = parser.value(modeOption);
    const bool journey = mode == QLatin1String("journey");
    const bool signIn = mode == QLatin1String("signin");
    if (!journey && !signIn && mode != QLatin1String("window")) {
        MetricWriter::fail(QStringLiteral("unknown mode %1").arg(mode));
        return 2;
    }
#ifndef PKBLINK_BENCH_GRANT_PAGES
    if (journey) {
        MetricWriter::fail(QStringLiteral("--mode journey needs bench_journey"));
        return 2;
    }
#endif
    if (signIn && !parser.isSet(machineOption)) {
        MetricWriter::fail(
            QStringLiteral("--mode signin needs the --machine-dir of a journey run"));
        return 2;
    }
    const int settleMs = parser.value(settleOption).toInt();

    const ProcessTree tree(getpid(), kNotOurs);
    MemorySampler sampler(tree);
    if (journey || signIn)
        sampler.start();

    // As main/main.cpp does, with settings files and a data folder of a fresh machine (or of the
    // machine an earlier run linked, for the every-day path).
    QCoreApplication::setOrganizationName(QStringLiteral("PKB Link"));
    QCoreApplication::setApplicationName(QStringLiteral("pkb-link-bench"));
    QTemporaryDir temporaryMachine;
    const QDir machine(parser.isSet(machineOption) ? parser.value(machineOption)
                                                   : temporaryMachine.path());
    if (!temporaryMachine.isValid() || !QDir().mkpath(machine.path())) {
        MetricWriter::fail(QStringLiteral("no machine directory"));
        return 1;
    }
    const QString dataDirectory = machine.filePath(QStringLiteral("data"));
    QDir().mkpath(dataDirectory);
    AppSettings settings(machine.filePath(QStringLiteral("user.ini")),
                         machine.filePath(QStringLiteral("system.ini")));
    using Key = AppSettings::Key;
    settings.setValue(Key::environment, QStringLiteral("local"));
    settings.setValue(Key::baseUrl, QStringLiteral("http://127.0.0.1:9"));
    settings.setValue(Key::clientId, BenchSandbox::clientId());
    settings.setValue(Key::language, QStringLiteral("en-GB"));
    settings.setValue(Key::timeoutSeconds, 10);
    // As main() does: a custom redirect scheme loads the grant view module before the
    // application object; the default loopback redirect loads it on the first Connect.
    const QUrl redirectUri(settings.redirectUri().trimmed());
    if (GrantModuleLoader::needsEarlyLoad(redirectUri))
        GrantModuleLoader::registerRedirectScheme(redirectUri);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);

    QApplication app(argc, argv);
    const double startToApplicationMs = ProcessClock::msSinceProcessStart();
    QApplication::setApplicationDisplayName(QStringLiteral("PKB Link"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    BenchSandbox sandbox;
    if (journey || signIn) {
        if (!sandbox.open(QUrl(parser.value(urlOption)))) {
            MetricWriter::fail(sandbox.errorString());
            return 1;
        }
        settings.setValue(Key::baseUrl, sandbox.baseUrl().toString());
    }

    int exitCode = 0;
    const auto quitWith = [&app, &exitCode](int code) {
        exitCode = code;
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    };

    const double beforeWindowMs = ProcessClock::msSinceProcessStart();
    LanguageSwitcher language;
    language.setLanguage(settings.language());
    AppCore core(&settings, dataDirectory);
    MainWindow window(&core, &language);
    const double windowBuiltMs = ProcessClock::msSinceProcessStart();
    FirstFrameWatcher frame(&window);
    JourneyDriver driver(&window, BenchSandbox::patientUserName(), BenchSandbox::patientPassword(),
                         BenchSandbox::patientNhsNumberShown());

    bool framed = false;
    QObject::connect(&frame, &FirstFrameWatcher::firstFrame, &app, [&](double ms) {
        framed = true;
        if (!journey && !signIn) {
            MetricWriter::write(QStringLiteral("start_to_main_ms"), startToMainMs);
            MetricWriter::write(QStringLiteral("start_to_application_ms"), startToApplicationMs);
            MetricWriter::write(QStringLiteral("main_window_construction_ms"),
                                windowBuiltMs - beforeWindowMs);
            MetricWriter::write(QStringLiteral("start_to_window_ms"), ms);
            MetricWriter::writeMiB(QStringLiteral("window_rss_mb"), tree.sample().rssKiB);
            quitWith(0);
            return;
        }
        if (signIn)
            driver.startSignIn(parser.value(timeoutOption).toInt());
        else
            driver.start(parser.value(timeoutOption).toInt());
    });
    QObject::connect(&driver, &JourneyDriver::finished, &app, [&](const QString &failure) {
        if (!failure.isEmpty()) {
            MetricWriter::fail(failure);
            quitWith(1);
            return;
        }
        if (signIn) {
            MetricWriter::write(QStringLiteral("signin_to_details_ms"), driver.signInToDetailsMs());
            MetricWriter::writeMiB(QStringLiteral("signin_tree_pss_mb"), tree.proportionalSetKiB());
            QTimer::singleShot(settleMs, &app, [&] {
                MetricWriter::writeMiB(QStringLiteral("signin_settled_pss_mb"),
                                       tree.proportionalSetKiB());
                sampler.stop();
                MetricWriter::write(QStringLiteral("signin_webengine_processes"),
                                    sampler.webEngineProcessesEverSeen(), 0);
                quitWith(0);
            });
            return;
        }
        MetricWriter::write(QStringLiteral("connect_to_grant_page_ms"),
                            driver.connectToGrantPageMs());
        MetricWriter::write(QStringLiteral("allow_to_details_ms"), driver.allowToDetailsMs());
        if (driver.allowToRedirectMs() >= 0)
            MetricWriter::write(QStringLiteral("allow_to_redirect_ms"), driver.allowToRedirectMs());
        QTimer::singleShot(settleMs, &app, [&] {
            writeSettledMemory(tree);
            sampler.stop();
            MetricWriter::writeMiB(QStringLiteral("peak_rss_mb"), sampler.peakRssKiB());
            MetricWriter::write(QStringLiteral("peak_webengine_processes"),
                                sampler.peakWebEngineProcessCount(), 0);
            quitWith(0);
        });
    });
    // Without a first frame (no display?) nothing else would end the run.
    QTimer::singleShot(30000, &app, [&] {
        if (!framed) {
            MetricWriter::fail(QStringLiteral("the main window was never exposed"));
            quitWith(1);
        }
    });

    window.show();
    const int result = app.exec();
    return result != 0 ? result : exitCode;
}
