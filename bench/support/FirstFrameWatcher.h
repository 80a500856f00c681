#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

// Tells when a top-level widget's first frame is on screen: its window's first Expose event
// (the window system mapped it) has been handled, which for a QWidget window means painted and
// flushed. Emits firstFrame once, with the time since the process started.
class FirstFrameWatcher : public QObject
{
    Q_OBJECT
public:
    // Call before show(): the window handle may be created and exposed during show().
    explicit FirstFrameWatcher(QWidget *window, QObject *parent = nullptr);

Q_SIGNALS:
    void firstFrame(double msSinceProcessStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    bool m_seen = false;
};
