#include "ErrorBanner.h"

#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : MessageWidget(QStyle::SP_MessageBoxWarning, parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    textLabel()->setObjectName(QStringLiteral("errorText"));
    textLabel()->setTextFormat(Qt::PlainText);
    textLabel()->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = addButton(QStringLiteral("retryButton"), Qt::AlignTop);
    m_close = addButton(QStringLiteral("dismissErrorButton"), Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    retranslate();
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

void ErrorBanner::showMessage(const QString &message, bool retryable)
{
    textLabel()->setText(message);
    m_retry->setVisible(retryable);
    show();
    announce();
}

void ErrorBanner::dismiss()
{
    hide();
    textLabel()->clear();
}
