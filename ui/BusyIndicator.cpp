#include "BusyIndicator.h"

#include <QPushButton>

BusyIndicator::BusyIndicator(QWidget *parent)
    : QProgressBar(parent)
{
    setRange(0, 0); // indeterminate
    setTextVisible(false);
    setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

void BusyIndicator::showBusy(const QString &what)
{
    setAccessibleName(what);
    setAccessibleDescription(what);
    show();
}

void BusyIndicator::hideBusy()
{
    hide();
}

void reserveWidthForText(QPushButton *button, const QString &text)
{
    const QString own = button->text();
    button->setMinimumWidth(0);
    button->setText(text);
    const int needed = button->sizeHint().width();
    button->setText(own);
    button->setMinimumWidth(needed);
}
