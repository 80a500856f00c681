#pragma once

#include "JourneyPage.h"

#include <QTime>

// While the patient signs in to PKB in their own web browser: what to do there, how long the
// app waits, and the way out (Cancel, or the grant view inside the app instead).
class BrowserWaitPage : public StatusPage
{
    Q_OBJECT
public:
    explicit BrowserWaitPage(QWidget *parent = nullptr);

    // When the app stops waiting (shown in the patient's time format).
    void setDeadline(const QTime &deadline);
    // Whether "Sign in inside PKB Link instead" is offered.
    void setEmbeddedSignInOffered(bool offered);

Q_SIGNALS:
    void reopenRequested();
    void embeddedSignInRequested();
    void cancelRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;

    QProgressBar *m_busy = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_embedded = nullptr;
    QPushButton *m_cancel = nullptr;
    QTime m_deadline;
};
