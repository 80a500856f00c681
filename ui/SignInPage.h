#pragma once

#include "JourneyPage.h"

struct AppError;
class QCompleter;
class QListWidget;
class QListWidgetItem;

// Sign in to a local account. When the machine's accounts may be listed, a list fills the
// user name on click or Enter; otherwise the name is typed.
class SignInPage : public FormPage
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);

    // An empty list hides the account list and the completer.
    void setAccountNames(const QStringList &names);
    void showError(const AppError &error);
    void reset();

Q_SIGNALS:
    void submitted(const QString &userName, const QString &password);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;
    void submitForm() override;
    QString busyText() const override;
    void chooseAccount(QListWidgetItem *item);

    QLabel *m_accountListLabel = nullptr;
    QListWidget *m_accountList = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QCompleter *m_completer = nullptr;
};
