#pragma once

#include "MessageWidget.h"

// The message area above the pages: says what went wrong and what to do, with Retry when
// trying again can help and a button to dismiss it. Assistive technology sees an alert named
// "Problem" whose description and text are the message.
class ErrorBanner : public MessageWidget
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, bool retryable);
    void dismiss();

Q_SIGNALS:
    void retryRequested();
    void dismissed();

private:
    void retranslate() override;

    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
};
