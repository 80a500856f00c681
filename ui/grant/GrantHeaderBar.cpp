#include "grant/GrantHeaderBar.h"

#include "config/Environment.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

namespace {
constexpr int IconSize = 16;
}

GrantHeaderBar::GrantHeaderBar(QWidget *parent)
    : QWidget(parent)
    , m_securityIcon(new QLabel(this))
    , m_securityLabel(new QLabel(this))
    , m_siteLabel(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("grantHeaderBar"));

    m_securityIcon->setObjectName(QStringLiteral("grantSecurityIcon"));
    m_securityIcon->setFixedSize(IconSize, IconSize);
    m_securityIcon->setAccessibleName(tr("Connection security"));

    m_securityLabel->setObjectName(QStringLiteral("grantSecurityLabel"));
    m_securityLabel->setAccessibleName(tr("Connection security"));

    m_siteLabel->setObjectName(QStringLiteral("grantSiteLabel"));
    m_siteLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_siteLabel->font();
    bold.setBold(true);
    m_siteLabel->setFont(bold);

    m_hostLabel->setObjectName(QStringLiteral("grantHostLabel"));
    m_hostLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostLabel->setTextFormat(Qt::PlainText);

    m_progress->setObjectName(QStringLiteral("grantProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Page loading progress"));
    m_progress->setAccessibleDescription(tr("How much of PKB's page has loaded"));

    m_cancelButton->setObjectName(QStringLiteral("grantCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAccessibleDescription(
        tr("Stop connecting to Patients Know Best and close this page"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_securityIcon);
    layout->addWidget(m_securityLabel);
    layout->addSpacing(12);
    layout->addWidget(m_siteLabel);
    layout->addWidget(m_hostLabel, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelButton);

    connect(m_cancelButton, &QPushButton::clicked, this, &GrantHeaderBar::cancelRequested);
    reset();
}

void GrantHeaderBar::showPageUrl(const QUrl &url, const QString &siteName)
{
    const bool encrypted = url.scheme() == QLatin1String("https");
    const bool localTestServer =
        url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
    QString text;
    QString description;
    QIcon icon;
    if (encrypted) {
        text = tr("Secure connection");
        description = tr("The connection to %1 is encrypted (HTTPS).").arg(url.host());
        icon = QIcon::fromTheme(QStringLiteral("security-high"));
    } else if (localTestServer) {
        text = tr("Not encrypted: local test server");
        description = tr("This page comes from a test server on this computer, not from PKB.");
        icon = QIcon::fromTheme(QStringLiteral("security-low"));
    } else if (!url.isEmpty()) {
        text = tr("Not secure");
        description = tr("The connection to %1 is not encrypted.").arg(url.host());
        icon = QIcon::fromTheme(QStringLiteral("security-low"));
    }
    m_securityLabel->setText(text);
    m_securityLabel->setToolTip(description);
    m_securityLabel->setAccessibleDescription(description);
    m_securityIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(IconSize, IconSize));
    m_securityIcon->setVisible(!icon.isNull());
    m_securityIcon->setAccessibleDescription(description);
    // Punycode for international names, so a look-alike host cannot pass for PKB's.
    const QString host = url.host(QUrl::EncodeUnicode);
    m_hostLabel->setText(host);
    m_siteLabel->setText(siteName);
    m_siteLabel->setVisible(!siteName.isEmpty() && !host.isEmpty());
    // Screen readers hear the site with the label's name, as sighted patients see it.
    QString site;
    if (host.isEmpty())
        site = tr("Website");
    else if (siteName.isEmpty())
        site = tr("Website: %1").arg(host);
    else
        site = tr("Website: %1, %2").arg(siteName, host);
    m_hostLabel->setAccessibleName(site);
    m_siteLabel->setAccessibleName(site);
    const QString typingInto = host.isEmpty()
        ? tr("The address of the page shown below")
        : tr("What you type on the page below goes to %1.")
              .arg(siteName.isEmpty() ? host : tr("%1 (%2)").arg(siteName, host));
    QString fullDescription = typingInto;
    if (!description.isEmpty())
        fullDescription += QLatin1Char(' ') + description;
    m_hostLabel->setAccessibleDescription(fullDescription);
    m_siteLabel->setAccessibleDescription(m_hostLabel->accessibleDescription());
}

void GrantHeaderBar::setProgress(int percent)
{
    m_progress->setValue(qBound(0, percent, 100));
}

void GrantHeaderBar::setLoading(bool loading)
{
    if (loading)
        m_progress->setValue(0);
    m_progress->setVisible(loading);
}

void GrantHeaderBar::reset()
{
    showPageUrl(QUrl());
    setLoading(false);
    m_progress->setValue(0);
}
