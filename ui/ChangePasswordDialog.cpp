#include "ChangePasswordDialog.h"

#include "AlertLabel.h"
#include "BusyIndicator.h"
#include "FormLabel.h"

#include "core/AppError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
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
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordSubmit"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("changePasswordCancel"));
    m_busyIndicator = new BusyIndicator(this);
    m_busyIndicator->setObjectName(QStringLiteral("changePasswordBusy"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_busyIndicator);
    buttonRow->addWidget(m_buttons, 1);
    layout->addLayout(buttonRow);
    showTexts();
    reserveWidthForText(m_buttons->button(QDialogButtonBox::Ok), busyText());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    m_error->clearMessage();
    Q_EMIT changeRequested(m_current->text(), m_new->text(), m_confirmation->text());
}

void ChangePasswordDialog::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    for (QLineEdit *field : { m_current, m_new, m_confirmation })
        field->setReadOnly(busy);
    m_buttons->setEnabled(!busy);
    if (!busy)
        m_busyIndicator->hideBusy();
    showTexts();
}

QString ChangePasswordDialog::busyText() const
{
    return tr("Changing your password…");
}

void ChangePasswordDialog::showTexts()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    if (m_busy) {
        // Setting the accessible name tells screen readers that the change is under way.
        ok->setText(busyText());
        ok->setAccessibleName(busyText());
        ok->setAccessibleDescription(busyText());
        m_busyIndicator->showBusy(busyText());
    } else {
        ok->setText(tr("&Change password"));
        ok->setAccessibleName(tr("Change password"));
        ok->setAccessibleDescription(tr("Save the new password"));
    }
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Keep the current password"));
}

void ChangePasswordDialog::keyPressEvent(QKeyEvent *event)
{
    // Like Cancel, Escape waits for the outcome (the journey's forms ignore it while busy too).
    if (m_busy && event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ChangePasswordDialog::showError(const AppError &error)
{
    m_error->showError(error);
    m_new->clear();
    m_confirmation->clear();
    m_current->selectAll();
    m_current->setFocus();
}
