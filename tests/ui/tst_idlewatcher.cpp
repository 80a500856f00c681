// IdleWatcher on its own: warning, countdown and time-out in order; input starts over.
#include "IdleWatcher.h"

#include <QApplication>
#include <QSignalSpy>
#include <QWidget>
#include <QtTest>

class TestIdleWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void warnsCountsDownThenTimesOut()
    {
        IdleWatcher watcher;
        watcher.setTimings(300, 200);
        QSignalSpy warning(&watcher, &IdleWatcher::warningStarted);
        QSignalSpy countdown(&watcher, &IdleWatcher::countdown);
        QSignalSpy timedOut(&watcher, &IdleWatcher::timedOut);
        watcher.start();
        QVERIFY(warning.wait(1000));
        QCOMPARE(timedOut.count(), 0);
        QVERIFY(watcher.isWarning());
        QCOMPARE(warning.first().first().toInt(), 1); // 0.2 s rounds up to 1 s
        QVERIFY(timedOut.wait(1000));
        QVERIFY(countdown.count() >= 1);
        QCOMPARE(timedOut.count(), 1);
        QVERIFY(!watcher.isWarning());
        // Once, until reset: no second time-out in twice the warning lead.
        QVERIFY(!timedOut.wait(400));
        QCOMPARE(timedOut.count(), 1);
    }

    void inputStartsOver_data()
    {
        QTest::addColumn<bool>("duringWarning");
        QTest::newRow("before the warning") << false;
        QTest::newRow("during the warning") << true;
    }

    void inputStartsOver()
    {
        QFETCH(bool, duringWarning);
        QWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        IdleWatcher watcher;
        watcher.setTimings(400, 200);
        QSignalSpy warning(&watcher, &IdleWatcher::warningStarted);
        QSignalSpy resumed(&watcher, &IdleWatcher::activityResumed);
        QSignalSpy timedOut(&watcher, &IdleWatcher::timedOut);
        watcher.start();
        // Idle time is the point here: the input comes after some of it has passed.
        if (duringWarning)
            QVERIFY(warning.wait(1000));
        else
            QVERIFY(!warning.wait(150)); // the warning is due at 200 ms
        QTest::keyClick(&widget, Qt::Key_A);
        QCOMPARE(resumed.count(), duringWarning ? 1 : 0);
        QVERIFY(!watcher.isWarning());
        // 250 ms after each input, under the 400 ms time-out; 500 ms after the key press: only
        // the click started the idle period over.
        QVERIFY(!timedOut.wait(250));
        QTest::mouseClick(&widget, Qt::LeftButton);
        QVERIFY(!timedOut.wait(250));
        QVERIFY(timedOut.wait(1000));
    }

    void stoppedWatcherIsSilent()
    {
        IdleWatcher watcher;
        watcher.setTimings(100, 50);
        QSignalSpy warning(&watcher, &IdleWatcher::warningStarted);
        QSignalSpy timedOut(&watcher, &IdleWatcher::timedOut);
        watcher.start();
        watcher.stop();
        // Silence is the point: nothing in three times the time-out.
        QVERIFY(!timedOut.wait(300));
        QCOMPARE(warning.count(), 0);
        QCOMPARE(timedOut.count(), 0);
        QVERIFY(!watcher.isRunning());
    }

    void leadIsCutToTheTimeout()
    {
        IdleWatcher watcher;
        watcher.setTimings(1000, 5000);
        QCOMPARE(watcher.warningLead(), 1000);
        watcher.setTimings(-5, -1);
        QVERIFY(watcher.timeout() > 0);
        QCOMPARE(watcher.warningLead(), 0);
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "tst_idlewatcher.moc"
