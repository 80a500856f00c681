#include "SignedOutPage.h"

#include "AlertAccessible.h"

#include <QLabel>
#include <QPushButton>

SignedOutPage::SignedOutPage(QWidget *parent)
    : StatusPage(50, parent)
{
    setObjectName(QStringLiteral("signedOutPage"));
    heading()->setObjectName(QStringLiteral("signedOutHeading"));
    text()->setObjectName(QStringLiteral("signedOutText"));
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signedOutSignIn"));
    m_signIn->setAutoDefault(true);
    m_signIn->setDefault(true);
    addBelowText(m_signIn, Qt::AlignLeft);
    connect(m_signIn, &QPushButton::clicked, this, &SignedOutPage::signInRequested);
    retranslate();
}

void SignedOutPage::retranslate()
{
    heading()->setText(tr("You have been signed out"));
    text()->setText(tr("No one used PKB Link for a while, so you were signed out to keep your "
                       "record private. Nothing of your record is shown any more."));
    m_signIn->setText(tr("&Sign in again"));
    m_signIn->setAccessibleName(tr("Sign in again"));
    m_signIn->setAccessibleDescription(tr("Go to the sign-in page"));
    setAccessibleName(heading()->text());
}

void SignedOutPage::announce()
{
    m_signIn->setFocus();
    AlertAccessible::announce(heading());
}
