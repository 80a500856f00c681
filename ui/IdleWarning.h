#pragma once

#include "MessageWidget.h"

// The banner a kiosk shows before it signs an idle patient out: a countdown and
// "Stay signed in". Assistive technology sees an alert whose description is the countdown, and
// is told when it appears.
class IdleWarning : public MessageWidget
{
    Q_OBJECT
public:
    explicit IdleWarning(QWidget *parent = nullptr);

    void showCountdown(int secondsLeft);

Q_SIGNALS:
    void staySignedInRequested();

private:
    void retranslate() override;

    QPushButton *m_stay = nullptr;
    int m_secondsLeft = 0;
};
