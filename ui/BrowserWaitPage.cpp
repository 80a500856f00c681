#include "BrowserWaitPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

BrowserWaitPage::BrowserWaitPage(QWidget *parent)
    : StatusPage(60, parent)
{
    setObjectName(QStringLiteral("browserWaitPage"));
    heading()->setObjectName(QStringLiteral("browserWaitHeading"));
    text()->setObjectName(QStringLiteral("browserWaitText"));
    m_busy = addBusyIndicator(QStringLiteral("browserWaitIndicator"));

    auto *row = new QHBoxLayout;
    m_reopen = new QPushButton(this);
    m_reopen->setObjectName(QStringLiteral("browserReopenButton"));
    m_embedded = new QPushButton(this);
    m_embedded->setObjectName(QStringLiteral("browserEmbeddedButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("browserCancelButton"));
    row->addWidget(m_reopen);
    row->addStretch(1);
    row->addWidget(m_cancel);
    addBelowText(row);
    // On its own line: long in every language, and the way out of this page, not a step on it.
    auto *other = new QHBoxLayout;
    other->addWidget(m_embedded);
    other->addStretch(1);
    addBelowText(other);

    connect(m_reopen, &QPushButton::clicked, this, &BrowserWaitPage::reopenRequested);
    connect(m_embedded, &QPushButton::clicked, this, &BrowserWaitPage::embeddedSignInRequested);
    connect(m_cancel, &QPushButton::clicked, this, &BrowserWaitPage::cancelRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &BrowserWaitPage::cancelRequested);
    retranslate();
}

void BrowserWaitPage::setDeadline(const QTime &deadline)
{
    m_deadline = deadline;
    retranslate();
}

void BrowserWaitPage::setEmbeddedSignInOffered(bool offered)
{
    m_embedded->setVisible(offered);
}

void BrowserWaitPage::retranslate()
{
    heading()->setText(tr("Finish signing in in your browser"));
    text()->setText(tr("PKB's sign-in page has opened in your web browser. Sign in there and "
                       "allow PKB Link to read your details, then come back here. PKB Link "
                       "waits until %1.")
                        .arg(QLocale().toString(m_deadline, QLocale::ShortFormat)));
    m_busy->setAccessibleName(tr("Waiting for your web browser"));
    m_busy->setAccessibleDescription(text()->text());
    m_reopen->setText(tr("&Open the page again"));
    m_reopen->setAccessibleName(tr("Open PKB's sign-in page in your browser again"));
    m_reopen->setAccessibleDescription(tr("For when you closed the browser's tab or window."));
    m_embedded->setText(tr("Sign in &inside PKB Link instead"));
    m_embedded->setAccessibleName(tr("Sign in inside PKB Link instead"));
    m_embedded->setAccessibleDescription(
        tr("Stops waiting for the browser and shows PKB's page in this window."));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel signing in"));
    m_cancel->setAccessibleDescription(
        tr("Stops waiting for the browser. Your record is not linked."));
}

void BrowserWaitPage::showEvent(QShowEvent *event)
{
    JourneyPage::showEvent(event);
    m_cancel->setFocus();
}
