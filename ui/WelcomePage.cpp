#include "WelcomePage.h"

#include "PageHeading.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *paragraph(const QString &text, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(text, parent);
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
    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/pkb-link.png")).pixmap(iconSize, iconSize));
    icon->setAccessibleName(tr("PKB Link logo"));
    titleRow->addWidget(icon, 0, Qt::AlignVCenter);
    titleRow->addWidget(new PageHeading(tr("Welcome to PKB Link"), this), 1);
    content()->addLayout(titleRow);

    content()->addWidget(
        paragraph(tr("PKB Link shows the details held in your Patients Know Best (PKB) record "
                     "on this computer: your name, date of birth, NHS number, contact details "
                     "and address."),
                  this));

    auto *meaningHeading = paragraph(tr("What linking to PKB means"), this);
    QFont bold = meaningHeading->font();
    bold.setBold(true);
    meaningHeading->setFont(bold);
    content()->addWidget(meaningHeading);

    const QStringList points = {
        tr("PKB Link reads your details from PKB only with your permission."),
        tr("You give that permission once, on PKB's own page, where you sign in to PKB. "
           "PKB Link never sees your PKB password."),
        tr("The keys PKB gives this app are kept in this computer's keychain, never in a "
           "file."),
        tr("You can unlink at any time: PKB Link then forgets the keys."),
    };
    QString list = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &point : points)
        list += QStringLiteral("<li>") + point.toHtmlEscaped() + QStringLiteral("</li>");
    list += QStringLiteral("</ul>");
    content()->addWidget(paragraph(list, this, Qt::RichText));

    content()->addWidget(
        paragraph(tr("To start, create an account for PKB Link on this computer. If you already "
                     "have one, sign in."),
                  this));

    auto *buttons = new QHBoxLayout;
    m_createAccount = new QPushButton(tr("&Create account"), this);
    m_createAccount->setObjectName(QStringLiteral("createAccountButton"));
    m_createAccount->setAccessibleName(tr("Create account"));
    m_createAccount->setAccessibleDescription(tr("Create a PKB Link account on this computer"));
    m_createAccount->setDefault(true);
    m_signIn = new QPushButton(tr("&Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setAccessibleDescription(tr("Sign in to your PKB Link account on this computer"));
    m_signIn->setAutoDefault(true);
    buttons->addWidget(m_createAccount);
    buttons->addWidget(m_signIn);
    buttons->addStretch(1);
    content()->addLayout(buttons);
    content()->addStretch(1);

    connect(m_createAccount, &QPushButton::clicked, this, &WelcomePage::createAccountRequested);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    setTabOrder(m_createAccount, m_signIn);
}

void WelcomePage::showEvent(QShowEvent *event)
{
    JourneyPage::showEvent(event);
    m_createAccount->setFocus();
}
