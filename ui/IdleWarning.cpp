#include "IdleWarning.h"

#include "AlertAccessible.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

IdleWarning::IdleWarning(QWidget *parent)
    : QFrame(parent)
{
    AlertAccessible::installFactory();
    setObjectName(QStringLiteral("idleWarning"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                        .pixmap(iconSize, iconSize));
    layout->addWidget(icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("idleWarningText"));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    QFont bigger = m_text->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    m_text->setFont(bigger);
    layout->addWidget(m_text, 1);
    m_stay = new QPushButton(this);
    m_stay->setObjectName(QStringLiteral("staySignedInButton"));
    m_stay->setAutoDefault(true);
    layout->addWidget(m_stay, 0, Qt::AlignVCenter);
    connect(m_stay, &QPushButton::clicked, this, &IdleWarning::staySignedInRequested);
    retranslate();
    hide();
}

void IdleWarning::showCountdown(int secondsLeft)
{
    const bool wasHidden = isHidden();
    m_secondsLeft = secondsLeft;
    retranslate();
    show();
    if (wasHidden) {
        m_stay->setFocus();
        AlertAccessible::announce(this);
    }
}

QString IdleWarning::message() const
{
    return m_text->text();
}

void IdleWarning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void IdleWarning::retranslate()
{
    setAccessibleName(tr("You are about to be signed out"));
    m_text->setText(tr("No one has used PKB Link for a while. You will be signed out in %n s.",
                       nullptr, m_secondsLeft));
    m_stay->setText(tr("&Stay signed in"));
    m_stay->setAccessibleName(tr("Stay signed in"));
    m_stay->setAccessibleDescription(tr("Keep this session open"));
}
