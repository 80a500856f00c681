#include "ChangePasswordDialog.h"

#include "AlertLabel.h"
#include "FormLabel.h"

#include "core/AppError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    auto *form = newFormLayout();
    const auto passwordEdit = [this](const char *name, const QString &accessibleName,
                                     const QString &description) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(accessibleName);
        edit->setAccessibleDescription(description);
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
        return edit;
    };
    m_current = passwordEdit("currentPasswordEdit", tr("Current password"),
                             tr("The password you sign in with now"));
    m_new = passwordEdit("changeNewPasswordEdit", tr("New password"), tr("At least 10 characters"));
    m_confirmation = passwordEdit("changeConfirmPasswordEdit", tr("Confirm new password"),
                                  tr("Type the new password again"));
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("C&onfirm new password:"), m_confirmation);
    layout->addLayout(form);

    m_error = new AlertLabel(this);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setAccessibleName(tr("Password not changed"));
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Change password"));
    ok->setObjectName(QStringLiteral("changePasswordSubmit"));
    ok->setAccessibleName(tr("Change password"));
    ok->setAccessibleDescription(tr("Save the new password"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("changePasswordCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Keep the current password"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->clearMessage();
        Q_EMIT changeRequested(m_current->text(), m_new->text(), m_confirmation->text());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangePasswordDialog::showError(const AppError &error)
{
    m_error->showError(error);
    m_new->clear();
    m_confirmation->clear();
    m_current->selectAll();
    m_current->setFocus();
}
