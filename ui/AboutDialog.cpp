#include "AboutDialog.h"

#include "PageHeading.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#ifndef PKBLINK_VERSION
#define PKBLINK_VERSION "unknown"
#endif
// QtKeychain has no run-time version call; ui/CMakeLists.txt passes the version CMake found.
#ifndef PKBLINK_QTKEYCHAIN_VERSION
#define PKBLINK_QTKEYCHAIN_VERSION "unknown"
#endif

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PKB Link"));
    auto *layout = new QVBoxLayout(this);

    auto *titleRow = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 3;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/pkb-link.png")).pixmap(iconSize, iconSize));
    titleRow->addWidget(icon);
    titleRow->addWidget(new PageHeading(tr("PKB Link"), this), 1);
    layout->addLayout(titleRow);

    auto *what = new QLabel(tr("Links your Patients Know Best record to this computer and shows "
                               "your details."),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *versions = new QFormLayout;
    const auto versionLabel = [this](const QString &text, const char *name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    versions->addRow(tr("Version:"), versionLabel(appVersion(), "aboutAppVersion"));
    versions->addRow(tr("Qt:"), versionLabel(qtVersion(), "aboutQtVersion"));
    versions->addRow(tr("QtKeychain:"), versionLabel(keychainVersion(), "aboutKeychainVersion"));
    layout->addLayout(versions);

    auto *privacy = new QLabel(tr("Privacy: PKB Link reads your details from PKB only after you "
                                  "allow it, and keeps them in memory while you are signed in. "
                                  "The keys PKB gives it are stored in this computer's keychain. "
                                  "Nothing is sent anywhere else, and its logs never contain "
                                  "your details or keys."),
                               this);
    privacy->setObjectName(QStringLiteral("aboutPrivacy"));
    privacy->setWordWrap(true);
    layout->addWidget(privacy);

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
