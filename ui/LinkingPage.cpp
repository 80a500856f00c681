#include "LinkingPage.h"

#include "PageHeading.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

LinkingPage::LinkingPage(QWidget *parent)
    : JourneyPage(parent)
{
    setObjectName(QStringLiteral("linkingPage"));
    setColumnWidthInCharacters(50);
    content()->addStretch(1);
    m_heading = new PageHeading(QString(), this);
    content()->addWidget(m_heading);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("linkingText"));
    m_message->setWordWrap(true);
    content()->addWidget(m_message);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    content()->addWidget(m_busy);
    content()->addStretch(2);
    retranslate();
}

void LinkingPage::retranslate()
{
    m_heading->setText(tr("Please wait"));
    m_busy->setAccessibleName(tr("Working"));
}

void LinkingPage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_busy->setAccessibleDescription(message);
}

QString LinkingPage::message() const
{
    return m_message->text();
}
