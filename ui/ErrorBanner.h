#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The message area above the pages: says what went wrong and what to do, with Retry when
// trying again can help and a button to dismiss it. Assistive technology sees an alert named
// "Problem" whose description and text are the message.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, bool retryable);
    void dismiss();
    QString message() const;

Q_SIGNALS:
    void retryRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
};
