#include "AboutDialog.h"

#include "LicenceNotices.h"
#include "PageHeading.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#ifndef PKBLINK_VERSION
#define PKBLINK_VERSION "unknown"
#endif
// QtKeychain has no run-time version call; ui/CMakeLists.txt passes the version CMake found.
#ifndef PKBLINK_QTKEYCHAIN_VERSION
#define PKBLINK_QTKEYCHAIN_VERSION "unknown"
#endif

namespace {

// A read-only licence text that keyboard users can reach, scroll and select in.
QPlainTextEdit *licenceView(const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setTabChangesFocus(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Licence texts are English whatever the interface language.
    view->setLayoutDirection(Qt::LeftToRight);
    // The texts are wrapped at 80 columns or less: room for 80 characters and the scroll bar.
    const int textWidth = view->fontMetrics().horizontalAdvance(QString(81, QLatin1Char('M')))
        + 2 * int(view->document()->documentMargin()) + 2 * view->frameWidth()
        + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    view->setMinimumSize(textWidth, view->fontMetrics().height() * 16);
    return view;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PKB Link"));
    auto *layout = new QVBoxLayout(this);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->addTab(createAboutTab(), tr("&About"));
    tabs->addTab(createLicenceTab(), tr("&Licence"));
    tabs->addTab(createThirdPartyTab(), tr("&Third-party licences"));
    layout->addWidget(tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("aboutClose"));
    close->setAccessibleName(tr("Close"));
    close->setAccessibleDescription(tr("Close the About window"));
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QWidget *AboutDialog::createAboutTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("aboutTabAbout"));
    auto *layout = new QVBoxLayout(tab);

    auto *titleRow = new QHBoxLayout;
    auto *icon = new QLabel(tab);
    const int iconSize = fontMetrics().height() * 3;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/pkb-link.png")).pixmap(iconSize, iconSize));
    titleRow->addWidget(icon);
    titleRow->addWidget(new PageHeading(tr("PKB Link"), tab), 1);
    layout->addLayout(titleRow);

    auto *what = new QLabel(tr("Links your Patients Know Best record to this computer and shows "
                               "your details."),
                            tab);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *versions = new QFormLayout;
    const auto versionLabel = [tab](const QString &text, const char *name) {
        auto *label = new QLabel(text, tab);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    versions->addRow(tr("Version:"), versionLabel(appVersion(), "aboutAppVersion"));
    versions->addRow(tr("Qt:"), versionLabel(qtVersion(), "aboutQtVersion"));
    versions->addRow(tr("QtKeychain:"), versionLabel(keychainVersion(), "aboutKeychainVersion"));
    versions->addRow(tr("Licence:"),
                     versionLabel(LicenceNotices::appLicenceName(), "aboutLicenceName"));
    layout->addLayout(versions);

    auto *privacy = new QLabel(tr("Privacy: PKB Link reads your details from PKB only after you "
                                  "allow it, and keeps them in memory while you are signed in. "
                                  "The keys PKB gives it are stored in this computer's keychain. "
                                  "Nothing is sent anywhere else, and its logs never contain "
                                  "your details or keys."),
                               tab);
    privacy->setObjectName(QStringLiteral("aboutPrivacy"));
    privacy->setWordWrap(true);
    layout->addWidget(privacy);
    layout->addStretch(1);
    return tab;
}

QWidget *AboutDialog::createLicenceTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("aboutTabLicence"));
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("PKB Link is free software under the MIT licence:"), tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QPlainTextEdit *text = licenceView(QStringLiteral("aboutLicenceText"), tab);
    text->setAccessibleName(tr("PKB Link's licence"));
    text->setPlainText(LicenceNotices::appLicence());
    intro->setBuddy(text);
    layout->addWidget(text, 1);
    return tab;
}

QWidget *AboutDialog::createThirdPartyTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("aboutTabThirdParty"));
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("PKB Link is built on this software. Choose one to read its "
                                "licence:"),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_thirdPartyList = new QListWidget(tab);
    m_thirdPartyList->setObjectName(QStringLiteral("aboutThirdPartyList"));
    m_thirdPartyList->setAccessibleName(tr("Third-party software"));
    const QList<LicenceNotice> notices = LicenceNotices::thirdParty();
    for (const LicenceNotice &notice : notices) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(notice.name, notice.licence),
                                         m_thirdPartyList);
        item->setData(Qt::UserRole, QString(notice.about + QStringLiteral("\n\n") + notice.text));
    }
    // Tall enough for the whole list: the licence text below gets the rest.
    m_thirdPartyList->setFixedHeight(m_thirdPartyList->sizeHintForRow(0) * int(notices.size())
                                     + 2 * m_thirdPartyList->frameWidth());
    intro->setBuddy(m_thirdPartyList);
    layout->addWidget(m_thirdPartyList);

    m_thirdPartyText = licenceView(QStringLiteral("aboutThirdPartyText"), tab);
    m_thirdPartyText->setAccessibleName(tr("Licence of the chosen software"));
    layout->addWidget(m_thirdPartyText, 1);

    connect(m_thirdPartyList, &QListWidget::currentRowChanged, this,
            &AboutDialog::showThirdPartyNotice);
    m_thirdPartyList->setCurrentRow(0);
    return tab;
}

void AboutDialog::showThirdPartyNotice(int row)
{
    const QListWidgetItem *item = m_thirdPartyList->item(row);
    m_thirdPartyText->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
}

QString AboutDialog::appVersion()
{
    return QStringLiteral(PKBLINK_VERSION);
}

QString AboutDialog::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AboutDialog::keychainVersion()
{
    return QStringLiteral(PKBLINK_QTKEYCHAIN_VERSION);
}
