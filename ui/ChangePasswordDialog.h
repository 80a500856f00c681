#pragma once

#include <QDialog>

struct AppError;
class AlertLabel;
class BusyIndicator;
class QDialogButtonBox;
class QLineEdit;

// Change the local account's password: current, new, confirmation. The owner checks them
// through the core (busy meanwhile) and either closes the dialog or shows the error in it.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(QWidget *parent = nullptr);

    void showError(const AppError &error);
    // While the core checks and stores the passwords: the fields are read-only, the buttons
    // disabled, the action says what is under way (for screen readers too) beside a busy
    // indicator, and Enter and Escape do nothing. Closing the dialog still works.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void changeRequested(const QString &currentPassword, const QString &newPassword,
                         const QString &confirmation);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void showTexts();
    QString busyText() const;

    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirmation = nullptr;
    AlertLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    BusyIndicator *m_busyIndicator = nullptr;
    bool m_busy = false;
};
