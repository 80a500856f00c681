#include "grant/GrantWebAuthDialog.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)

#include "core/LogCategories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using UxState = QWebEngineWebAuthUxRequest::WebAuthUxState;
using PinReason = QWebEngineWebAuthUxRequest::PinEntryReason;
using PinError = QWebEngineWebAuthUxRequest::PinEntryError;
using Failure = QWebEngineWebAuthUxRequest::RequestFailureReason;

GrantWebAuthDialog::GrantWebAuthDialog(QWebEngineWebAuthUxRequest *request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_message(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_accounts(new QComboBox(this))
    , m_pin(new QLineEdit(this))
    , m_pinAgain(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("grantWebAuthDialog"));
    setWindowTitle(tr("Security key"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    m_message->setObjectName(QStringLiteral("webAuthMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("webAuthProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_accounts->setObjectName(QStringLiteral("webAuthAccount"));
    m_accounts->setAccessibleName(tr("Account"));
    m_pin->setObjectName(QStringLiteral("webAuthPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("PIN"));
    m_pinAgain->setObjectName(QStringLiteral("webAuthPinAgain"));
    m_pinAgain->setEchoMode(QLineEdit::Password);
    m_pinAgain->setAccessibleName(tr("PIN again"));

    m_continue = m_buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("webAuthContinue"));
    m_retry = m_buttons->addButton(tr("Try again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("webAuthRetry"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_accounts);
    layout->addWidget(m_pin);
    layout->addWidget(m_pinAgain);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_continue, &QPushButton::clicked, this, &GrantWebAuthDialog::continueClicked);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_request)
            m_request->retry();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GrantWebAuthDialog::reject);
    connect(request, &QWebEngineWebAuthUxRequest::stateChanged, this,
            &GrantWebAuthDialog::showState);
    connect(request, &QObject::destroyed, this, &QDialog::close);
    showState();
}

void GrantWebAuthDialog::reject()
{
    if (m_request && m_request->state() != UxState::Completed
        && m_request->state() != UxState::Cancelled)
        m_request->cancel();
    QDialog::reject();
}

void GrantWebAuthDialog::showState()
{
    if (!m_request) {
        close();
        return;
    }
    m_accounts->hide();
    m_pin->hide();
    m_pinAgain->hide();
    m_problem->clear();
    m_problem->hide();
    m_continue->hide();
    m_retry->hide();
    switch (m_request->state()) {
    case UxState::NotStarted:
    case UxState::FinishTokenCollection:
        m_message->setText(tr("Touch your security key, or follow its instructions, to sign in "
                              "to %1.")
                               .arg(m_request->relyingPartyId()));
        break;
    case UxState::SelectAccount:
        m_message->setText(
            tr("Choose the account to sign in to %1 with.").arg(m_request->relyingPartyId()));
        m_accounts->clear();
        m_accounts->addItems(m_request->userNames());
        m_accounts->show();
        m_continue->show();
        break;
    case UxState::CollectPin:
        showPinRequest();
        break;
    case UxState::RequestFailed:
        showFailure();
        break;
    case UxState::Completed:
    case UxState::Cancelled:
        m_request = nullptr;
        close();
        return;
    }
    m_message->setAccessibleName(m_message->text());
}

void GrantWebAuthDialog::showPinRequest()
{
    const QWebEngineWebAuthPinRequest pin = m_request->pinRequest();
    const bool newPin = pin.reason != PinReason::Challenge;
    m_message->setText(newPin ? tr("Choose a PIN for your security key (at least %1 characters).")
                                    .arg(pin.minPinLength)
                              : tr("Enter the PIN of your security key."));
    QString problem;
    switch (pin.error) {
    case PinError::NoError:
        break;
    case PinError::WrongPin:
        problem = tr("That PIN is not right. Attempts left: %1.").arg(pin.remainingAttempts);
        break;
    case PinError::TooShort:
        problem = tr("The PIN is too short.");
        break;
    case PinError::InvalidCharacters:
    case PinError::SameAsCurrentPin:
    case PinError::InternalUvLocked:
        problem = tr("The security key did not accept this PIN. Try another one.");
        break;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_pin->clear();
    m_pinAgain->clear();
    m_pin->show();
    m_pinAgain->setVisible(newPin);
    m_continue->show();
    m_pin->setFocus();
}

void GrantWebAuthDialog::showFailure()
{
    QString text;
    switch (m_request->requestFailureReason()) {
    case Failure::Timeout:
        text = tr("The security key did not answer in time.");
        break;
    case Failure::KeyNotRegistered:
        text = tr("This security key is not registered for this account.");
        break;
    case Failure::SoftPinBlock:
    case Failure::HardPinBlock:
        text = tr("The security key is locked after too many wrong PINs.");
        break;
    default:
        text = tr("The security key could not be used to sign in.");
        break;
    }
    qCInfo(lcUi) << "security key request failed" << int(m_request->requestFailureReason());
    m_message->setText(text);
    m_retry->show();
}

void GrantWebAuthDialog::continueClicked()
{
    if (!m_request)
        return;
    if (m_request->state() == UxState::SelectAccount) {
        m_request->setSelectedAccount(m_accounts->currentText());
        return;
    }
    if (m_request->state() != UxState::CollectPin)
        return;
    if (m_pinAgain->isVisible() && m_pin->text() != m_pinAgain->text()) {
        m_problem->setText(tr("The two PINs are not the same."));
        m_problem->show();
        return;
    }
    m_request->setPin(m_pin->text());
    m_pin->clear();
    m_pinAgain->clear();
}

#endif
