#include "LinkingPage.h"

#include <QLabel>
#include <QProgressBar>

LinkingPage::LinkingPage(QWidget *parent)
    : StatusPage(50, parent)
{
    setObjectName(QStringLiteral("linkingPage"));
    text()->setObjectName(QStringLiteral("linkingText"));
    m_busy = addBusyIndicator(QStringLiteral("busyIndicator"));
    retranslate();
}

void LinkingPage::retranslate()
{
    heading()->setText(tr("Please wait"));
    m_busy->setAccessibleName(tr("Working"));
}

void LinkingPage::setMessage(const QString &message)
{
    text()->setText(message);
    m_busy->setAccessibleDescription(message);
}

QString LinkingPage::message() const
{
    return text()->text();
}
