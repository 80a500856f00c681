// Floor for allow_to_details_ms (and a second one for connect_to_grant_page_ms): the journey's
// HTTP round trips to the sandbox without browser or UI, --rounds times in one process, each
// round with a fresh cookie jar (the first round pays for the network stack's start, as the
// app's first requests do).
//   metric http_authorize_ms   GET authorize -> login page
//   metric http_login_ms       POST login -> 302 -> grant page
//   metric http_allow_ms       POST grant -> code; POST token; users/self + purview at once
#include "BenchSandbox.h"
#include "HttpJourney.h"
#include "support/MetricWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption urlOption(
        QStringLiteral("pkb-url"), QStringLiteral("a running pkb-sandbox (else one is started)"),
        QStringLiteral("url"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("journeys in this process"),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({ urlOption, roundsOption });
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    BenchSandbox sandbox;
    if (!sandbox.open(QUrl(parser.value(urlOption)))) {
        MetricWriter::fail(sandbox.errorString());
        return 1;
    }

    int done = 0;
    std::function<void()> nextRound = [&] {
        auto *journey = new HttpJourney(sandbox, &app);
        QObject::connect(
            journey, &HttpJourney::finished, &app, [&, journey](const QString &failure) {
                journey->deleteLater();
                if (!failure.isEmpty()) {
                    MetricWriter::fail(failure);
                    QCoreApplication::exit(1);
                    return;
                }
                MetricWriter::write(QStringLiteral("http_authorize_ms"), journey->authorizeMs(), 2);
                MetricWriter::write(QStringLiteral("http_login_ms"), journey->loginMs(), 2);
                MetricWriter::write(QStringLiteral("http_allow_ms"), journey->allowMs(), 2);
                if (++done < rounds)
                    QTimer::singleShot(0, &app, nextRound);
                else
                    QCoreApplication::quit();
            });
        journey->start();
    };
    QTimer::singleShot(0, &app, nextRound);
    QTimer::singleShot(60000, &app, [] {
        MetricWriter::fail(QStringLiteral("timed out"));
        QCoreApplication::exit(1);
    });
    return app.exec();
}
