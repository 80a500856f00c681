#include "SignedOutPage.h"

#include "AlertAccessible.h"
#include "PageHeading.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SignedOutPage::SignedOutPage(QWidget *parent)
    : JourneyPage(parent)
{
    setObjectName(QStringLiteral("signedOutPage"));
    setColumnWidthInCharacters(50);
    content()->addStretch(1);
    m_heading = new PageHeading(QString(), this);
    m_heading->setObjectName(QStringLiteral("signedOutHeading"));
    content()->addWidget(m_heading);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("signedOutText"));
    m_text->setWordWrap(true);
    content()->addWidget(m_text);
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signedOutSignIn"));
    m_signIn->setAutoDefault(true);
    m_signIn->setDefault(true);
    content()->addWidget(m_signIn, 0, Qt::AlignLeft);
    content()->addStretch(2);
    connect(m_signIn, &QPushButton::clicked, this, &SignedOutPage::signInRequested);
    retranslate();
}

void SignedOutPage::retranslate()
{
    m_heading->setText(tr("You have been signed out"));
    m_text->setText(tr("No one used PKB Link for a while, so you were signed out to keep your "
                       "record private. Nothing of your record is shown any more."));
    m_signIn->setText(tr("&Sign in again"));
    m_signIn->setAccessibleName(tr("Sign in again"));
    m_signIn->setAccessibleDescription(tr("Go to the sign-in page"));
    setAccessibleName(m_heading->text());
}

void SignedOutPage::announce()
{
    m_signIn->setFocus();
    AlertAccessible::announce(m_heading);
}
