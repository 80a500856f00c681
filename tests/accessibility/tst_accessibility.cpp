// PKB Link as a screen reader sees it: the built app under a private AT-SPI bus (its own D-Bus
// session and keyring too), walked by an AT-SPI client by role and accessible name through the
// whole journey, again and again. The app must never crash; every interactive widget has a
// name, every error is readable, and the app is registered as "PKB Link".
#include "PrivateKeyring.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

namespace {
// Runs the event loop until the process has finished or the time is up.
bool waitForFinished(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return process.state() == QProcess::NotRunning;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    PrivateKeyring m_keyring;
    SandboxProcess m_sandbox;
    QProcess m_display;
    QString m_displayName;
    QProcess m_busLauncher;
    QString m_busAddress;
    QTemporaryDir m_machine;

    // An X server of this suite alone: the bus launcher announces its bus on the display's root
    // window, which other suites' apps on a shared display would then join.
    bool startDisplay()
    {
        m_display.start(QStringLiteral("Xvfb"),
                        { QStringLiteral("-displayfd"), QStringLiteral("1"),
                          QStringLiteral("-screen"), QStringLiteral("0"),
                          QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"),
                          QStringLiteral("tcp") });
        if (!m_display.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        QByteArray number;
        while (!number.endsWith('\n') && clock.elapsed() < 15000) {
            if (m_display.waitForReadyRead(500))
                number += m_display.readAllStandardOutput();
        }
        if (number.trimmed().isEmpty())
            return false;
        m_displayName = QLatin1Char(':') + QString::fromLatin1(number.trimmed());
        return true;
    }

    bool startAccessibilityBus()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), m_displayName);
        m_busLauncher.setProcessEnvironment(environment);
        m_busLauncher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_busLauncher.start(QStringLiteral("/usr/libexec/at-spi-bus-launcher"),
                            { QStringLiteral("--launch-immediately") });
        if (!m_busLauncher.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000) {
            QProcess send;
            send.start(QStringLiteral("dbus-send"),
                       { QStringLiteral("--session"), QStringLiteral("--print-reply=literal"),
                         QStringLiteral("--dest=org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
                         QStringLiteral("org.a11y.Bus.GetAddress") });
            if (send.waitForFinished(5000) && send.exitCode() == 0) {
                m_busAddress = QString::fromLatin1(send.readAllStandardOutput().trimmed());
                if (!m_busAddress.isEmpty())
                    return true;
            }
            QThread::msleep(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/libexec/at-spi-bus-launcher")),
                 "at-spi2-core is not installed");
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY2(startDisplay(), "Xvfb did not start");
        QVERIFY2(startAccessibilityBus(), "the AT-SPI bus did not start");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_machine.isValid());
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
        stopProcess(m_busLauncher);
        stopProcess(m_display);
        m_keyring.stop();
    }

    void journeyAgainAndAgain()
    {
        const int rounds = qEnvironmentVariableIsSet("PKBLINK_A11Y_ROUNDS")
            ? qEnvironmentVariableIntValue("PKBLINK_A11Y_ROUNDS")
            : 20;
        const quint16 devToolsPort = freePort();
        QElapsedTimer clock;
        clock.start();

        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
        // The app finds the bus as it would in a desktop session (the display and the session
        // bus). Not through AT_SPI_BUS_ADDRESS: Qt 6.4 connects then but never turns on.
        environment.insert(QStringLiteral("DISPLAY"), m_displayName);
        // Freed memory is overwritten: an object used after it was deleted (while a client still
        // asks about it) crashes at once instead of now and then.
        environment.insert(QStringLiteral("MALLOC_PERTURB_"), QStringLiteral("165"));
        environment.insert(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"),
                           QStringLiteral("127.0.0.1:%1").arg(devToolsPort));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(
            QStringLiteral(PKBLINK_APP_BIN),
            { QStringLiteral("--environment"), QStringLiteral("local"), QStringLiteral("--pkb-url"),
              m_sandbox.baseUrl().toString(), QStringLiteral("--client-id"), m_sandbox.clientId(),
              QStringLiteral("--data-dir"), m_machine.filePath(QStringLiteral("data")),
              QStringLiteral("--settings"), m_machine.filePath(QStringLiteral("settings.ini")) });
        QVERIFY2(app.waitForStarted(10000), "pkb-link did not start");

        QProcess client;
        QProcessEnvironment clientEnvironment = QProcessEnvironment::systemEnvironment();
        clientEnvironment.insert(QStringLiteral("AT_SPI_BUS_ADDRESS"), m_busAddress);
        clientEnvironment.remove(QStringLiteral("DISPLAY"));
        client.setProcessEnvironment(clientEnvironment);
        client.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray said;
        connect(&client, &QProcess::readyRead, this, [&] {
            const QByteArray chunk = client.readAll();
            said += chunk;
            std::fputs(chunk.constData(), stdout);
            std::fflush(stdout);
        });
        client.start(QStringLiteral("/usr/bin/python3"),
                     { QStringLiteral(PKBLINK_ATSPI_CLIENT), QString::number(app.processId()),
                       m_sandbox.baseUrl().toString(), QString::number(devToolsPort),
                       QString::number(rounds) });
        QVERIFY2(client.waitForStarted(10000), "the AT-SPI client did not start");
        const bool finished = waitForFinished(client, 450000);
        const bool appAlive = app.state() == QProcess::Running;
        const QProcess::ExitStatus appStatus = app.exitStatus();
        stopProcess(client);
        stopProcess(app);
        said += client.readAll();
        qInfo("%d journeys in %.1f s", rounds, double(clock.elapsed()) / 1000.0);

        QVERIFY2(finished, "the AT-SPI client did not finish in time");
        QVERIFY2(appAlive,
                 appStatus == QProcess::CrashExit ? "pkb-link crashed" : "pkb-link exited");
        QVERIFY2(client.exitCode() == 0, said.constData());
        QVERIFY(said.contains("walks "));
    }
};

QTEST_GUILESS_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
