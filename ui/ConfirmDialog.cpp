#include "ConfirmDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

std::optional<bool> ConfirmDialog::s_nextAnswer;

void ConfirmDialog::ask(QWidget *parent, const QString &title, const QString &question,
                        const QString &confirmText, Callback callback)
{
    if (s_nextAnswer.has_value()) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        QTimer::singleShot(0, parent,
                           [callback = std::move(callback), answer] { callback(answer); });
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    confirm->setAccessibleName(confirmText);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelConfirmButton"));
    // Safe choice first: Enter and Escape both keep things as they are.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, confirm, callback = std::move(callback)](int) {
                         callback(box->clickedButton() == confirm);
                     });
    box->open();
}

void ConfirmDialog::setNextAnswer(bool confirmed)
{
    s_nextAnswer = confirmed;
}

void ConfirmDialog::clearNextAnswer()
{
    s_nextAnswer.reset();
}
