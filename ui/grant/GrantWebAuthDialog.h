#pragma once

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)

#include <QCoreApplication>
#include <QDialog>
#include <QPointer>
#include <QWebEngineWebAuthPinRequest>
#include <QWebEngineWebAuthUxRequest>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A security key or passkey request (WebAuthn) of the grant page, answered inside the app's
// window: choose an account, enter or set the key's PIN, touch the key, or read why it failed and
// try again. Window-modal, never a nested event loop. The request belongs to Qt WebEngine; the
// dialog follows its state and closes itself when the request completes or is cancelled.
class GrantWebAuthDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(GrantWebAuthDialog)
public:
    GrantWebAuthDialog(QWebEngineWebAuthUxRequest *request, QWidget *parent);

    void reject() override;

private:
    void showState();
    void showPinRequest();
    void showFailure();
    void continueClicked();

    QPointer<QWebEngineWebAuthUxRequest> m_request;
    QLabel *m_message = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_accounts = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_retry = nullptr;
};

#endif
