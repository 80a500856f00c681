#include "CreateAccountPage.h"

#include "AlertLabel.h"
#include "FormLabel.h"

#include "core/AppError.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CreateAccountPage::CreateAccountPage(QWidget *parent)
    : FormPage(QStringLiteral("createAccount"), parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    content()->addWidget(m_intro);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("newUserNameEdit"));
    m_userName->setMaxLength(200);
    addField(m_userName);

    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("newDisplayNameEdit"));
    m_displayName->setMaxLength(200);
    addField(m_displayName);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    addField(m_password);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    form()->addRow(QString(), m_hint);

    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("newPasswordConfirmEdit"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    addField(m_confirmation);
    finishForm();

    setTabOrder(m_userName, m_displayName);
    setTabOrder(m_displayName, m_password);
    setTabOrder(m_password, m_confirmation);
    setTabOrder(m_confirmation, submitButton());
    setTabOrder(submitButton(), backButton());
    retranslate();
}

void CreateAccountPage::retranslate()
{
    heading()->setText(tr("Create your PKB Link account"));
    m_intro->setText(tr("This account is for PKB Link on this computer only. It is not your PKB "
                        "account: you will connect that in the next step."));
    setFormLabelText(form(), m_userName, tr("&User name:"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setAccessibleDescription(tr("The name you will sign in with on this computer"));
    setFormLabelText(form(), m_displayName, tr("&Display name:"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setAccessibleDescription(
        tr("What PKB Link calls you, for example your first name"));
    setFormLabelText(form(), m_password, tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("At least 10 characters"));
    m_hint->setText(tr("At least 10 characters. A few words you can remember work well."));
    setFormLabelText(form(), m_confirmation, tr("C&onfirm password:"));
    m_confirmation->setAccessibleName(tr("Confirm password"));
    m_confirmation->setAccessibleDescription(tr("Type the same password again"));
    errorLabel()->setAccessibleName(tr("Account not created"));
    backButton()->setText(tr("&Back"));
    backButton()->setAccessibleName(tr("Back"));
    backButton()->setAccessibleDescription(
        tr("Go back to the welcome page without creating an account"));
    submitButton()->setText(tr("Create &account"));
    submitButton()->setAccessibleName(tr("Create account"));
    submitButton()->setAccessibleDescription(tr("Create the account and sign in"));
}

void CreateAccountPage::showError(const AppError &error)
{
    errorLabel()->showError(error);
    // Passwords are typed again after a failure; the names stay.
    m_password->clear();
    m_confirmation->clear();
    // A password the rules refused is typed again at once; anything else starts at the top.
    if (error.field == AppError::Field::Password)
        m_password->setFocus();
    else
        m_userName->setFocus();
}

void CreateAccountPage::reset()
{
    setBusy(false);
    for (QLineEdit *edit : { m_userName, m_displayName, m_password, m_confirmation })
        edit->clear();
    errorLabel()->clearMessage();
}

void CreateAccountPage::showEvent(QShowEvent *event)
{
    JourneyPage::showEvent(event);
    m_userName->setFocus();
}

QString CreateAccountPage::busyText() const
{
    return tr("Creating your account…");
}

void CreateAccountPage::submitForm()
{
    Q_EMIT submitted(m_userName->text(), m_displayName->text(), m_password->text(),
                     m_confirmation->text());
}
