#include "WelcomePage.h"

#include "PageHeading.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *paragraph(QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    return label;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : JourneyPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *titleRow = new QHBoxLayout;
    m_logo = new QLabel(this);
    const int iconSize = fontMetrics().height() * 4;
    m_logo->setPixmap(QIcon(QStringLiteral(":/icons/pkb-link.png")).pixmap(iconSize, iconSize));
    titleRow->addWidget(m_logo, 0, Qt::AlignVCenter);
    m_heading = new PageHeading(QString(), this);
    titleRow->addWidget(m_heading, 1);
    content()->addLayout(titleRow);

    m_intro = paragraph(this);
    content()->addWidget(m_intro);
    m_meaningHeading = paragraph(this);
    QFont bold = m_meaningHeading->font();
    bold.setBold(true);
    m_meaningHeading->setFont(bold);
    content()->addWidget(m_meaningHeading);
    m_points = paragraph(this, Qt::RichText);
    content()->addWidget(m_points);
    m_start = paragraph(this);
    content()->addWidget(m_start);

    auto *buttons = new QHBoxLayout;
    m_createAccount = new QPushButton(this);
    m_createAccount->setObjectName(QStringLiteral("createAccountButton"));
    m_createAccount->setDefault(true);
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAutoDefault(true);
    buttons->addWidget(m_createAccount);
    buttons->addWidget(m_signIn);
    buttons->addStretch(1);
    content()->addLayout(buttons);
    content()->addStretch(1);

    connect(m_createAccount, &QPushButton::clicked, this, &WelcomePage::createAccountRequested);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    setTabOrder(m_createAccount, m_signIn);
    retranslate();
}

void WelcomePage::retranslate()
{
    m_logo->setAccessibleName(tr("PKB Link logo"));
    m_heading->setText(tr("Welcome to PKB Link"));
    m_intro->setText(tr("PKB Link shows the details held in your Patients Know Best (PKB) record "
                        "on this computer: your name, date of birth, NHS number, contact details "
                        "and address."));
    m_meaningHeading->setText(tr("What linking to PKB means"));
    const QStringList points = {
        tr("PKB Link reads your details from PKB only with your permission."),
        tr("You give that permission once, on PKB's own page, where you sign in to PKB. "
           "PKB Link never sees your PKB password."),
        tr("The keys PKB gives this app are kept in this computer's keychain, never in a "
           "file."),
        tr("You can unlink at any time: PKB Link then forgets the keys."),
    };
    // "margin-left: 0" puts the bullets at the leading edge in both directions.
    QString list = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &point : points)
        list += QStringLiteral("<li>") + point.toHtmlEscaped() + QStringLiteral("</li>");
    list += QStringLiteral("</ul>");
    m_points->setText(list);
    m_start->setText(tr("To start, create an account for PKB Link on this computer. If you "
                        "already have one, sign in."));
    m_createAccount->setText(tr("&Create account"));
    m_createAccount->setAccessibleName(tr("Create account"));
    m_createAccount->setAccessibleDescription(tr("Create a PKB Link account on this computer"));
    m_signIn->setText(tr("&Sign in"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setAccessibleDescription(tr("Sign in to your PKB Link account on this computer"));
}

void WelcomePage::showEvent(QShowEvent *event)
{
    JourneyPage::showEvent(event);
    m_createAccount->setFocus();
}
