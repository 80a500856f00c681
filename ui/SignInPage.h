#pragma once

#include "JourneyPage.h"

struct AppError;
class AlertLabel;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Sign in to a local account. When the machine's accounts may be listed, a list fills the
// user name on click or Enter; otherwise the name is typed.
class SignInPage : public JourneyPage
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
    void backRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;

    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    void submit();
    void chooseAccount(QListWidgetItem *item);

    QLabel *m_accountListLabel = nullptr;
    QListWidget *m_accountList = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QCompleter *m_completer = nullptr;
    AlertLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_back = nullptr;
};
