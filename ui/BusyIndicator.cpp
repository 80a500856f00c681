#include "BusyIndicator.h"

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
