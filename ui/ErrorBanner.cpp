#include "ErrorBanner.h"

#include "AlertAccessible.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    AlertAccessible::installFactory();
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    // Palette roles only, so light and dark themes both work.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *layout = new QHBoxLayout(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon = new QLabel(this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_text, 1);

    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAutoDefault(true);
    layout->addWidget(m_retry, 0, Qt::AlignTop);

    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("dismissErrorButton"));
    m_close->setAutoDefault(true);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    retranslate();
    hide();
}

void ErrorBanner::retranslate()
{
    setAccessibleName(tr("Problem"));
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setAccessibleDescription(tr("Try the last step again"));
    m_close->setText(tr("&Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setAccessibleDescription(tr("Hide this message"));
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ErrorBanner::showMessage(const QString &message, bool retryable)
{
    m_text->setText(message);
    m_retry->setVisible(retryable);
    show();
    // The banner itself is the alert (its description is the message), not the label in it.
    AlertAccessible::announce(this);
}

void ErrorBanner::dismiss()
{
    hide();
    m_text->clear();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}
