#pragma once

#include "JourneyPage.h"

struct AppError;
class AlertLabel;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Create a local account: user name, display name, password twice. The core checks the
// values; its error comes back through showError().
class CreateAccountPage : public JourneyPage
{
    Q_OBJECT
public:
    explicit CreateAccountPage(QWidget *parent = nullptr);

    void showError(const AppError &error);
    // Empties every field and message (after success, on Back, on sign-out).
    void reset();

Q_SIGNALS:
    void submitted(const QString &userName, const QString &displayName, const QString &password,
                   const QString &confirmation);
    void backRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;

    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_hint = nullptr;
    void submit();

    QLineEdit *m_userName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    AlertLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_back = nullptr;
};
