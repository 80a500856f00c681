#include "SignInPage.h"

#include "AlertLabel.h"
#include "FormLabel.h"
#include "PageHeading.h"

#include "core/AppError.h"

#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

SignInPage::SignInPage(QWidget *parent)
    : JourneyPage(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    setColumnWidthInCharacters(60);
    m_heading = new PageHeading(QString(), this);
    content()->addWidget(m_heading);

    m_accountListLabel = new QLabel(this);
    content()->addWidget(m_accountListLabel);
    m_accountList = new QListWidget(this);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountListLabel->setBuddy(m_accountList);
    content()->addWidget(m_accountList);

    auto *form = newFormLayout();
    m_form = form;
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    form->addRow(newFormLabel(m_userName, this), m_userName);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(newFormLabel(m_password, this), m_password);
    content()->addLayout(form);

    m_completer = new QCompleter(new QStringListModel(this), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);

    m_error = new AlertLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    content()->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("signInBack"));
    m_back->setAutoDefault(true);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("signInSubmit"));
    m_submit->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_submit);
    content()->addLayout(buttons);
    content()->addStretch(1);

    setTabOrder(m_accountList, m_userName);
    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_submit);
    setTabOrder(m_submit, m_back);

    connect(m_userName, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_back, &QPushButton::clicked, this, &SignInPage::backRequested);
    connect(m_accountList, &QListWidget::itemClicked, this, &SignInPage::chooseAccount);
    connect(m_accountList, &QListWidget::itemActivated, this, &SignInPage::chooseAccount);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &SignInPage::backRequested);
    setAccountNames({});
    retranslate();
}

void SignInPage::retranslate()
{
    m_heading->setText(tr("Sign in to PKB Link"));
    m_accountListLabel->setText(tr("A&ccounts on this computer:"));
    m_accountList->setAccessibleName(tr("Accounts on this computer"));
    m_accountList->setAccessibleDescription(
        tr("Choose your account to fill in the user name, then type your password"));
    setFormLabelText(m_form, m_userName, tr("&User name:"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setAccessibleDescription(tr("Your PKB Link user name on this computer"));
    setFormLabelText(m_form, m_password, tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Your PKB Link password on this computer"));
    m_error->setAccessibleName(tr("Not signed in"));
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Go back to the welcome page"));
    m_submit->setText(tr("&Sign in"));
    m_submit->setAccessibleName(tr("Sign in"));
    m_submit->setAccessibleDescription(tr("Sign in with this user name and password"));
}

void SignInPage::setAccountNames(const QStringList &names)
{
    m_accountList->clear();
    m_accountList->addItems(names);
    const bool listed = !names.isEmpty();
    if (listed) {
        // As tall as the accounts need, up to six rows; more scroll.
        const int rows = qMin(int(names.size()), 6);
        m_accountList->setFixedHeight(m_accountList->sizeHintForRow(0) * rows
                                      + 2 * m_accountList->frameWidth()
                                      + fontMetrics().height() / 2);
    }
    m_accountListLabel->setVisible(listed);
    m_accountList->setVisible(listed);
    static_cast<QStringListModel *>(m_completer->model())->setStringList(names);
    m_userName->setCompleter(listed ? m_completer : nullptr);
}

void SignInPage::showError(const AppError &error)
{
    m_error->showError(error);
    m_password->clear();
    m_password->setFocus();
}

void SignInPage::reset()
{
    m_userName->clear();
    m_password->clear();
    m_error->clearMessage();
    m_accountList->clearSelection();
}

void SignInPage::showEvent(QShowEvent *event)
{
    JourneyPage::showEvent(event);
    if (!m_accountList->isHidden() && m_userName->text().isEmpty()) {
        m_accountList->setFocus();
        if (!m_accountList->currentItem() && m_accountList->count() > 0)
            m_accountList->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    } else {
        m_userName->setFocus();
    }
}

void SignInPage::submit()
{
    m_error->clearMessage();
    Q_EMIT submitted(m_userName->text(), m_password->text());
}

void SignInPage::chooseAccount(QListWidgetItem *item)
{
    if (!item)
        return;
    m_userName->setText(item->text());
    m_password->setFocus();
}
