#include "GrantStepPage.h"

#include "GrantViewHost.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

GrantStepPage::GrantStepPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("grantPage"));
    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("grantIntro"));
    m_intro->setWordWrap(true);
    m_browserSignIn = new QPushButton(this);
    m_browserSignIn->setObjectName(QStringLiteral("browserSignInButton"));
    m_browserSignIn->setVisible(false);
    auto *introRow = new QHBoxLayout;
    introRow->addWidget(m_intro, 1);
    introRow->addWidget(m_browserSignIn, 0, Qt::AlignVCenter);
    layout->addLayout(introRow);
    connect(m_browserSignIn, &QPushButton::clicked, this, &GrantStepPage::browserSignInRequested);
    m_view = new GrantViewHost(this);
    layout->addWidget(m_view, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_view, &GrantViewHost::cancel);
    retranslate();
}

void GrantStepPage::retranslate()
{
    m_intro->setText(tr("Sign in to Patients Know Best below, then choose whether PKB Link may "
                        "read your details. This is PKB's own page: PKB Link never sees your "
                        "PKB password."));
    m_browserSignIn->setText(tr("Sign in with my &web browser instead"));
    m_browserSignIn->setAccessibleName(tr("Sign in with my web browser instead"));
    m_browserSignIn->setAccessibleDescription(
        tr("Opens PKB's sign-in page in your own web browser, for example to use your password "
           "manager or a security key there."));
}

void GrantStepPage::setBrowserSignInOffered(bool offered)
{
    m_browserSignIn->setVisible(offered);
}

void GrantStepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool GrantStepPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded) {
        // The web view makes its render widget per page: watch those too.
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (child->isWidgetType())
            child->installEventFilter(this);
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && m_view->isActive()) {
            m_view->cancel();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GrantStepPage::focusPkbPage()
{
    auto *web = m_view->findChild<QWidget *>(QStringLiteral("grantWebView"));
    if (!web)
        return;
    web->installEventFilter(this);
    const auto children = web->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->installEventFilter(this);
    web->setFocus();
}
