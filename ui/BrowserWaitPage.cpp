#include "BrowserWaitPage.h"

#include "PageHeading.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

BrowserWaitPage::BrowserWaitPage(QWidget *parent)
    : JourneyPage(parent)
{
    setObjectName(QStringLiteral("browserWaitPage"));
    setColumnWidthInCharacters(60);
    content()->addStretch(1);
    m_heading = new PageHeading(QString(), this);
    m_heading->setObjectName(QStringLiteral("browserWaitHeading"));
    content()->addWidget(m_heading);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("browserWaitText"));
    m_message->setWordWrap(true);
    content()->addWidget(m_message);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("browserWaitIndicator"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    content()->addWidget(m_busy);

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
    content()->addLayout(row);
    // On its own line: long in every language, and the way out of this page, not a step on it.
    auto *other = new QHBoxLayout;
    other->addWidget(m_embedded);
    other->addStretch(1);
    content()->addLayout(other);
    content()->addStretch(2);

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
    m_heading->setText(tr("Finish signing in in your browser"));
    m_message->setText(tr("PKB's sign-in page has opened in your web browser. Sign in there and "
                          "allow PKB Link to read your details, then come back here. PKB Link "
                          "waits until %1.")
                           .arg(QLocale().toString(m_deadline, QLocale::ShortFormat)));
    m_busy->setAccessibleName(tr("Waiting for your web browser"));
    m_busy->setAccessibleDescription(m_message->text());
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
