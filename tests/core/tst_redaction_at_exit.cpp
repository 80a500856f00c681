// The redaction handler keeps working while the process exits (with debug logging on, Qt logs
// after static objects are destroyed): the probe must exit cleanly with every secret redacted.
#include <QProcess>
#include <QtTest>

class TestRedactionAtExit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logLinesDuringExitAreRedactedAndExitIsClean()
    {
        QProcess probe;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        probe.setProcessEnvironment(environment);
        probe.start(QStringLiteral(PKBLINK_REDACTION_EXIT_PROBE), {});
        QVERIFY(probe.waitForFinished(30000));
        const QByteArray output = probe.readAllStandardError();
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        QCOMPARE(probe.exitCode(), 0);
        QVERIFY2(output.contains("exit-time line: refresh_token=<redacted>"), output.constData());
        QVERIFY(output.contains("first line: access_token=<redacted>"));
        QVERIFY(!output.contains("probe-exit-secret"));
        QVERIFY(!output.contains("probe-main-secret"));
        QVERIFY(!output.contains("invalid QRegularExpression"));
    }
};

QTEST_GUILESS_MAIN(TestRedactionAtExit)
#include "tst_redaction_at_exit.moc"
