#pragma once

#include <QDialog>

struct AppError;
class AlertLabel;
class QDialogButtonBox;
class QLineEdit;

// Change the local account's password: current, new, confirmation. The owner checks them
// through the core and either closes the dialog or shows the error in it.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(QWidget *parent = nullptr);

    void showError(const AppError &error);

Q_SIGNALS:
    void changeRequested(const QString &currentPassword, const QString &newPassword,
                         const QString &confirmation);

private:
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirmation = nullptr;
    AlertLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
