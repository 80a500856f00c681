#include "AlertLabel.h"

#include "AlertAccessible.h"
#include "core/AppError.h"

AlertLabel::AlertLabel(QWidget *parent)
    : QLabel(parent)
{
    AlertAccessible::installFactory();
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    hide();
}

void AlertLabel::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
    if (!message.isEmpty())
        AlertAccessible::announce(this);
}

void AlertLabel::showError(const AppError &error)
{
    showMessage(error.isError() ? error.userMessage : QString());
}

void AlertLabel::clearMessage()
{
    showMessage({});
}
