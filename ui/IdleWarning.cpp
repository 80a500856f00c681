#include "IdleWarning.h"

#include <QLabel>
#include <QPushButton>

IdleWarning::IdleWarning(QWidget *parent)
    : MessageWidget(QStyle::SP_MessageBoxInformation, parent)
{
    setObjectName(QStringLiteral("idleWarning"));
    textLabel()->setObjectName(QStringLiteral("idleWarningText"));
    QFont bigger = textLabel()->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    textLabel()->setFont(bigger);
    m_stay = addButton(QStringLiteral("staySignedInButton"), Qt::AlignVCenter);
    connect(m_stay, &QPushButton::clicked, this, &IdleWarning::staySignedInRequested);
    retranslate();
}

void IdleWarning::showCountdown(int secondsLeft)
{
    const bool wasHidden = isHidden();
    m_secondsLeft = secondsLeft;
    retranslate();
    show();
    if (wasHidden) {
        m_stay->setFocus();
        announce();
    }
}

void IdleWarning::retranslate()
{
    setAccessibleName(tr("You are about to be signed out"));
    textLabel()->setText(tr("No one has used PKB Link for a while. You will be signed out in %n s.",
                            nullptr, m_secondsLeft));
    m_stay->setText(tr("&Stay signed in"));
    m_stay->setAccessibleName(tr("Stay signed in"));
    m_stay->setAccessibleDescription(tr("Keep this session open"));
}
