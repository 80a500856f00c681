#include "CreateAccountPage.h"

#include "AlertLabel.h"
#include "FormLabel.h"
#include "PageHeading.h"

#include "core/AppError.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

CreateAccountPage::CreateAccountPage(QWidget *parent)
    : JourneyPage(parent)
{
    setObjectName(QStringLiteral("createAccountPage"));
    setColumnWidthInCharacters(60);
    m_heading = new PageHeading(QString(), this);
    content()->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    content()->addWidget(m_intro);

    auto *form = newFormLayout();
    m_form = form;

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("newUserNameEdit"));
    m_userName->setMaxLength(200);
    form->addRow(newFormLabel(m_userName, this), m_userName);

    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("newDisplayNameEdit"));
    m_displayName->setMaxLength(200);
    form->addRow(newFormLabel(m_displayName, this), m_displayName);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(newFormLabel(m_password, this), m_password);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_hint);

    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("newPasswordConfirmEdit"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    form->addRow(newFormLabel(m_confirmation, this), m_confirmation);
    content()->addLayout(form);

    m_error = new AlertLabel(this);
    m_error->setObjectName(QStringLiteral("createAccountError"));
    content()->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("createAccountBack"));
    m_back->setAutoDefault(true);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("createAccountSubmit"));
    m_submit->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_submit);
    content()->addLayout(buttons);
    content()->addStretch(1);

    setTabOrder(m_userName, m_displayName);
    setTabOrder(m_displayName, m_password);
    setTabOrder(m_password, m_confirmation);
    setTabOrder(m_confirmation, m_submit);
    setTabOrder(m_submit, m_back);

    for (QLineEdit *edit : { m_userName, m_displayName, m_password, m_confirmation })
        connect(edit, &QLineEdit::returnPressed, this, &CreateAccountPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &CreateAccountPage::submit);
    connect(m_back, &QPushButton::clicked, this, &CreateAccountPage::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CreateAccountPage::backRequested);
    retranslate();
}

void CreateAccountPage::retranslate()
{
    m_heading->setText(tr("Create your PKB Link account"));
    m_intro->setText(tr("This account is for PKB Link on this computer only. It is not your PKB "
                        "account: you will connect that in the next step."));
    setFormLabelText(m_form, m_userName, tr("&User name:"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setAccessibleDescription(tr("The name you will sign in with on this computer"));
    setFormLabelText(m_form, m_displayName, tr("&Display name:"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setAccessibleDescription(
        tr("What PKB Link calls you, for example your first name"));
    setFormLabelText(m_form, m_password, tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("At least 10 characters"));
    m_hint->setText(tr("At least 10 characters. A few words you can remember work well."));
    setFormLabelText(m_form, m_confirmation, tr("C&onfirm password:"));
    m_confirmation->setAccessibleName(tr("Confirm password"));
    m_confirmation->setAccessibleDescription(tr("Type the same password again"));
    m_error->setAccessibleName(tr("Account not created"));
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Go back to the welcome page without creating an account"));
    m_submit->setText(tr("Create &account"));
    m_submit->setAccessibleName(tr("Create account"));
    m_submit->setAccessibleDescription(tr("Create the account and sign in"));
}

void CreateAccountPage::showError(const AppError &error)
{
    m_error->showError(error);
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
    for (QLineEdit *edit : { m_userName, m_displayName, m_password, m_confirmation })
        edit->clear();
    m_error->clearMessage();
}

void CreateAccountPage::showEvent(QShowEvent *event)
{
    JourneyPage::showEvent(event);
    m_userName->setFocus();
}

void CreateAccountPage::submit()
{
    m_error->clearMessage();
    Q_EMIT submitted(m_userName->text(), m_displayName->text(), m_password->text(),
                     m_confirmation->text());
}
