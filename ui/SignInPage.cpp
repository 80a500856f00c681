#include "SignInPage.h"

#include "AlertLabel.h"
#include "FormLabel.h"

#include "core/AppError.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

SignInPage::SignInPage(QWidget *parent)
    : FormPage(QStringLiteral("signIn"), parent)
{
    m_accountListLabel = new QLabel(this);
    content()->addWidget(m_accountListLabel);
    m_accountList = new QListWidget(this);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountListLabel->setBuddy(m_accountList);
    content()->addWidget(m_accountList);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    addField(m_userName);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    addField(m_password);

    m_completer = new QCompleter(new QStringListModel(this), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    finishForm();

    setTabOrder(m_accountList, m_userName);
    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, submitButton());
    setTabOrder(submitButton(), backButton());

    connect(m_accountList, &QListWidget::itemClicked, this, &SignInPage::chooseAccount);
    connect(m_accountList, &QListWidget::itemActivated, this, &SignInPage::chooseAccount);
    setAccountNames({});
    retranslate();
}

void SignInPage::retranslate()
{
    heading()->setText(tr("Sign in to PKB Link"));
    m_accountListLabel->setText(tr("A&ccounts on this computer:"));
    m_accountList->setAccessibleName(tr("Accounts on this computer"));
    m_accountList->setAccessibleDescription(
        tr("Choose your account to fill in the user name, then type your password"));
    setFormLabelText(form(), m_userName, tr("&User name:"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setAccessibleDescription(tr("Your PKB Link user name on this computer"));
    setFormLabelText(form(), m_password, tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Your PKB Link password on this computer"));
    errorLabel()->setAccessibleName(tr("Not signed in"));
    backButton()->setText(tr("&Back"));
    backButton()->setAccessibleName(tr("Back"));
    backButton()->setAccessibleDescription(tr("Go back to the welcome page"));
    submitButton()->setText(tr("&Sign in"));
    submitButton()->setAccessibleName(tr("Sign in"));
    submitButton()->setAccessibleDescription(tr("Sign in with this user name and password"));
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
    errorLabel()->showError(error);
    m_password->clear();
    m_password->setFocus();
}

void SignInPage::reset()
{
    setBusy(false);
    m_userName->clear();
    m_password->clear();
    errorLabel()->clearMessage();
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

QString SignInPage::busyText() const
{
    return tr("Signing in…");
}

void SignInPage::submitForm()
{
    Q_EMIT submitted(m_userName->text(), m_password->text());
}

void SignInPage::chooseAccount(QListWidgetItem *item)
{
    if (!item)
        return;
    m_userName->setText(item->text());
    m_password->setFocus();
}
