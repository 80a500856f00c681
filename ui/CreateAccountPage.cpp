#include "CreateAccountPage.h"

#include "AlertLabel.h"
#include "PageHeading.h"

#include "core/AppError.h"

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
    content()->addWidget(new PageHeading(tr("Create your PKB Link account"), this));
    auto *intro = new QLabel(tr("This account is for PKB Link on this computer only. It is not "
                                "your PKB account: you will connect that in the next step."),
                             this);
    intro->setWordWrap(true);
    content()->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("newUserNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setAccessibleDescription(tr("The name you will sign in with on this computer"));
    m_userName->setMaxLength(200);
    form->addRow(tr("&User name:"), m_userName);

    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("newDisplayNameEdit"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setAccessibleDescription(tr("What PKB Link calls you, for example your first "
                                               "name"));
    m_displayName->setMaxLength(200);
    form->addRow(tr("&Display name:"), m_displayName);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("At least 10 characters"));
    form->addRow(tr("&Password:"), m_password);
    auto *hint = new QLabel(tr("At least 10 characters. A few words you can remember work "
                               "well."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);

    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("newPasswordConfirmEdit"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_confirmation->setAccessibleName(tr("Confirm password"));
    m_confirmation->setAccessibleDescription(tr("Type the same password again"));
    form->addRow(tr("C&onfirm password:"), m_confirmation);
    content()->addLayout(form);

    m_error = new AlertLabel(this);
    m_error->setObjectName(QStringLiteral("createAccountError"));
    m_error->setAccessibleName(tr("Account not created"));
    content()->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("createAccountBack"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Go back to the welcome page without creating an "
                                        "account"));
    m_back->setAutoDefault(true);
    m_submit = new QPushButton(tr("Create &account"), this);
    m_submit->setObjectName(QStringLiteral("createAccountSubmit"));
    m_submit->setAccessibleName(tr("Create account"));
    m_submit->setAccessibleDescription(tr("Create the account and sign in"));
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
}

void CreateAccountPage::showError(const AppError &error)
{
    m_error->showError(error);
    // Passwords are typed again after a failure; the names stay.
    m_password->clear();
    m_confirmation->clear();
    const auto mentions = [&error](QLatin1String word) {
        return error.userMessage.contains(word, Qt::CaseInsensitive)
            || error.technicalDetail.contains(word, Qt::CaseInsensitive);
    };
    if (mentions(QLatin1String("password")))
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
