#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The banner a kiosk shows before it signs an idle patient out: a countdown and
// "Stay signed in". Assistive technology sees an alert whose description is the countdown, and
// is told when it appears.
class IdleWarning : public QFrame
{
    Q_OBJECT
public:
    explicit IdleWarning(QWidget *parent = nullptr);

    void showCountdown(int secondsLeft);
    QString message() const;

Q_SIGNALS:
    void staySignedInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_stay = nullptr;
    int m_secondsLeft = 0;
};
