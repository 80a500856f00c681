#pragma once

#include "JourneyPage.h"

struct AppError;

// Create a local account: user name, display name, password twice. The core checks the
// values; its error comes back through showError().
class CreateAccountPage : public FormPage
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;
    void submitForm() override;
    QString busyText() const override;

    QLabel *m_intro = nullptr;
    QLabel *m_hint = nullptr;

    QLineEdit *m_userName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
};
