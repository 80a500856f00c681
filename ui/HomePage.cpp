#include "HomePage.h"

#include "PageHeading.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

HomePage::HomePage(QWidget *parent)
    : JourneyPage(parent)
{
    setObjectName(QStringLiteral("homePage"));
    m_greeting = new PageHeading(QString(), this);
    m_greeting->setObjectName(QStringLiteral("homeGreeting"));
    content()->addWidget(m_greeting);

    m_grantAgainLabel = new QLabel(this);
    m_grantAgainLabel->setObjectName(QStringLiteral("grantAgainLabel"));
    m_grantAgainLabel->setWordWrap(true);
    QFont bold = m_grantAgainLabel->font();
    bold.setBold(true);
    m_grantAgainLabel->setFont(bold);
    content()->addWidget(m_grantAgainLabel);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("homeExplanation"));
    m_explanation->setWordWrap(true);
    content()->addWidget(m_explanation);

    auto *row = new QHBoxLayout;
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    row->addWidget(m_connect);
    row->addStretch(1);
    content()->addLayout(row);
    content()->addStretch(1);

    connect(m_connect, &QPushButton::clicked, this, &HomePage::connectRequested);
    setDisplayName({});
    setGrantAgain(false);
}

void HomePage::setDisplayName(const QString &displayName)
{
    m_displayName = displayName.trimmed();
    retranslate();
}

void HomePage::setGrantAgain(bool grantAgain)
{
    m_grantAgain = grantAgain;
    m_grantAgainLabel->setVisible(grantAgain);
    retranslate();
}

void HomePage::retranslate()
{
    m_greeting->setText(m_displayName.isEmpty() ? tr("Hello") : tr("Hello, %1").arg(m_displayName));
    m_grantAgainLabel->setText(tr("PKB has ended this app's access to your record. Grant "
                                  "access again to see your details."));
    if (m_grantAgain) {
        m_connect->setText(tr("&Grant access again"));
        m_connect->setAccessibleName(tr("Grant access again"));
        m_explanation->setText(tr("You will sign in to PKB on its own page and allow PKB Link "
                                  "to read your details again."));
    } else {
        m_connect->setText(tr("&Connect your Patients Know Best record"));
        m_connect->setAccessibleName(tr("Connect your Patients Know Best record"));
        m_explanation->setText(tr("You will sign in to PKB on its own page and allow PKB Link "
                                  "to read your details. You only need to do this once."));
    }
    m_connect->setAccessibleDescription(m_explanation->text());
}

void HomePage::showEvent(QShowEvent *event)
{
    JourneyPage::showEvent(event);
    m_connect->setFocus();
}
