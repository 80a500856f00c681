#include "MessageWidget.h"

#include "AlertAccessible.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

MessageWidget::MessageWidget(QStyle::StandardPixmap icon, QWidget *parent)
    : QFrame(parent)
{
    AlertAccessible::installFactory();
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *layout = new QHBoxLayout(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    layout->addWidget(iconLabel, 0, Qt::AlignTop);

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_text, 1);
    hide();
}

QString MessageWidget::message() const
{
    return m_text->text();
}

QPushButton *MessageWidget::addButton(const QString &objectName, Qt::Alignment alignment)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setAutoDefault(true);
    static_cast<QHBoxLayout *>(layout())->addWidget(button, 0, alignment);
    return button;
}

void MessageWidget::announce()
{
    // The strip itself is the alert (its description is the message), not the label in it.
    AlertAccessible::announce(this);
}

void MessageWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
