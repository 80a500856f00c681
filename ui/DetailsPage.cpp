#include "DetailsPage.h"

#include "FormLabel.h"
#include "PageHeading.h"

#include "pkb/PatientDetails.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QString sexText(PatientDetails::Sex sex)
{
    switch (sex) {
    case PatientDetails::Sex::Female:
        return DetailsPage::tr("Female");
    case PatientDetails::Sex::Male:
        return DetailsPage::tr("Male");
    case PatientDetails::Sex::Other:
        return DetailsPage::tr("Other");
    case PatientDetails::Sex::Unknown:
        return DetailsPage::tr("Not recorded");
    }
    return {};
}

QString countryName(const QString &code)
{
    if (code == QLatin1String("GB-ENG"))
        return DetailsPage::tr("England");
    if (code == QLatin1String("GB-WLS"))
        return DetailsPage::tr("Wales");
    if (code == QLatin1String("GB-SCT"))
        return DetailsPage::tr("Scotland");
    if (code == QLatin1String("GB-NIR"))
        return DetailsPage::tr("Northern Ireland");
    return code;
}

QString contactLine(const ContactPoint &contact)
{
    QString kind;
    if (contact.isEmail())
        kind = DetailsPage::tr("Email");
    else if (contact.isPhone() && contact.phoneUseType == QLatin1String("MOBILE"))
        kind = DetailsPage::tr("Mobile phone");
    else if (contact.isPhone() && contact.phoneUseType == QLatin1String("HOME"))
        kind = DetailsPage::tr("Home phone");
    else if (contact.isPhone() && contact.phoneUseType == QLatin1String("WORK"))
        kind = DetailsPage::tr("Work phone");
    else if (contact.isPhone())
        kind = DetailsPage::tr("Phone");
    else
        kind = contact.type.left(1) + contact.type.mid(1).toLower();
    QStringList notes;
    if (contact.primary)
        notes << DetailsPage::tr("main");
    if (!contact.confirmed)
        notes << DetailsPage::tr("not confirmed");
    QString line = DetailsPage::tr("%1: %2").arg(kind, contact.value);
    if (!notes.isEmpty())
        line += QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
    return line;
}

QString lastUpdatedText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return DetailsPage::tr("Last updated %1")
            .arg(locale.toString(local.time(), QLocale::ShortFormat));
    return DetailsPage::tr("Last updated %1").arg(locale.toString(local, QLocale::ShortFormat));
}

// An old row's widget goes from the event loop, not at once: a screen reader may be asking about
// it while the rows are rebuilt (new details, sign-out). Until then it is hidden, without a name
// and without patient data.
void retireWidget(QWidget *widget)
{
    if (!widget)
        return;
    widget->hide();
    widget->setObjectName(QString());
    widget->setAccessibleName(QString());
    widget->setAccessibleDescription(QString());
    if (auto *label = qobject_cast<QLabel *>(widget))
        label->clear();
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        button->setText(QString());
    widget->deleteLater();
}

} // namespace

QString DetailsPage::formatDate(const QDate &date)
{
    // The locale's long format without the weekday: "12 April 1985", "April 12, 1985".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.\\x{060C}]?\\s*"));
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

DetailsPage::DetailsPage(QWidget *parent)
    : JourneyPage(parent)
{
    setObjectName(QStringLiteral("detailsPage"));
    m_name = new PageHeading(QString(), this);
    m_name->setObjectName(QStringLiteral("detailsName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content()->addWidget(m_name);

    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    content()->addWidget(m_subtitle);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("detailsEmpty"));
    m_empty->setWordWrap(true);
    content()->addWidget(m_empty);

    m_detailsArea = new QWidget(this);
    // A grid, not a QFormLayout: Qt's form layout lays word-wrapped fields out with the row
    // heights it worked out for another width once its size hint has been asked for (a page
    // filled before it is shown, another language), which cut the address off.
    m_form = new QGridLayout(m_detailsArea);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setColumnStretch(1, 1);
    m_dob = addRow("detailsDob");
    m_deceased = addRow("detailsDeceased");
    m_sex = addRow("detailsSex");

    auto *nhsCell = new QWidget(m_detailsArea);
    auto *nhsCellLayout = new QVBoxLayout(nhsCell);
    nhsCellLayout->setContentsMargins(0, 0, 0, 0);
    m_nhsNumbers = new QWidget(nhsCell);
    m_nhsLayout = new QVBoxLayout(m_nhsNumbers);
    m_nhsLayout->setContentsMargins(0, 0, 0, 0);
    nhsCellLayout->addWidget(m_nhsNumbers);
    m_reveal = new QPushButton(nhsCell);
    m_reveal->setObjectName(QStringLiteral("revealNhsButton"));
    m_reveal->setAutoDefault(true);
    m_reveal->hide();
    nhsCellLayout->addWidget(m_reveal, 0, Qt::AlignLeading);
    addFieldRow(nhsCell);
    m_nhsCell = nhsCell;
    connect(m_reveal, &QPushButton::clicked, this, &DetailsPage::revealNhsNumber);

    m_otherIdsCell = new QWidget(m_detailsArea);
    auto *otherIdsLayout = new QVBoxLayout(m_otherIdsCell);
    otherIdsLayout->setContentsMargins(0, 0, 0, 0);
    m_otherIds = newValueLabel("detailsOtherIds", m_otherIdsCell);
    otherIdsLayout->addWidget(m_otherIds);
    m_revealOtherIds = new QPushButton(m_otherIdsCell);
    m_revealOtherIds->setObjectName(QStringLiteral("revealOtherIdsButton"));
    m_revealOtherIds->setAutoDefault(true);
    m_revealOtherIds->hide();
    otherIdsLayout->addWidget(m_revealOtherIds, 0, Qt::AlignLeading);
    addFieldRow(m_otherIdsCell);
    connect(m_revealOtherIds, &QPushButton::clicked, this, &DetailsPage::revealOtherIdentifiers);

    m_publicId = addRow("detailsPublicId");
    m_contacts = addRow("detailsContacts");
    m_address = addRow("detailsAddress");
    content()->addWidget(m_detailsArea);

    m_expiryWarning = new QLabel(this);
    m_expiryWarning->setObjectName(QStringLiteral("detailsExpiryWarning"));
    m_expiryWarning->setWordWrap(true);
    QFont bold = m_expiryWarning->font();
    bold.setBold(true);
    m_expiryWarning->setFont(bold);
    m_expiryWarning->hide();
    content()->addWidget(m_expiryWarning);

    auto *footer = new QHBoxLayout;
    m_lastUpdated = new QLabel(this);
    m_lastUpdated->setObjectName(QStringLiteral("detailsLastUpdated"));
    m_lastUpdated->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(m_lastUpdated, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("detailsBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_busy->hide();
    footer->addWidget(m_busy);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setAutoDefault(true);
    footer->addWidget(m_refresh);
    content()->addLayout(footer);
    content()->addStretch(1);

    connect(m_refresh, &QPushButton::clicked, this, &DetailsPage::refreshRequested);
    retranslate();
    clear();
}

void DetailsPage::retranslate()
{
    const QList<std::pair<QWidget *, QString>> rows = {
        { m_dob, tr("Date of birth:") },
        { m_deceased, tr("Date of death:") },
        { m_sex, tr("Sex at birth:") },
        { m_nhsCell, tr("NHS number:") },
        { m_otherIdsCell, tr("Other identifiers:") },
        { m_publicId, tr("PKB public id:") },
        { m_contacts, tr("Contact details:") },
        { m_address, tr("Address:") },
    };
    for (const auto &[field, text] : rows) {
        m_rowLabels.value(field)->setText(text);
        field->setAccessibleDescription(QString(text).remove(QLatin1Char(':')));
    }
    m_otherIds->setAccessibleDescription(m_otherIdsCell->accessibleDescription());
    m_subtitle->setText(tr("Your details as Patients Know Best holds them."));
    m_empty->setText(tr("Your details could not be loaded yet. Use Refresh to try again."));
    m_reveal->setText(tr("Show NHS &number"));
    m_reveal->setAccessibleName(tr("Show NHS number"));
    m_reveal->setAccessibleDescription(
        tr("The NHS number is hidden on this shared computer until you ask to see it"));
    m_revealOtherIds->setText(tr("Show other &identifiers"));
    m_revealOtherIds->setAccessibleName(tr("Show other identifiers"));
    m_revealOtherIds->setAccessibleDescription(
        tr("Other identifiers are hidden on this shared computer until you ask to see them"));
    m_expiryWarning->setText(tr("PKB did not give this app a way to renew its access. When the "
                                "current access ends, you will need to grant access again."));
    m_busy->setAccessibleName(tr("Refreshing"));
    m_busy->setAccessibleDescription(tr("Getting your details from PKB"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setAccessibleDescription(tr("Get your details from PKB again"));
    // The values carry words and dates of the language too.
    if (m_hasDetails) {
        setDetails(m_details, m_lastUpdatedAt);
    } else {
        m_name->setText(tr("Your details"));
        showIdentifiers();
    }
}

QLabel *DetailsPage::newValueLabel(const char *objectName, QWidget *parent)
{
    auto *value = new QLabel(parent);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(valueInteraction());
    return value;
}

QLabel *DetailsPage::addRow(const char *objectName)
{
    QLabel *value = newValueLabel(objectName, m_detailsArea);
    addFieldRow(value);
    return value;
}

void DetailsPage::addFieldRow(QWidget *field)
{
    const int row = int(m_rowLabels.size());
    QLabel *label = newFormLabel(field, m_detailsArea);
    m_form->addWidget(label, row, 0, Qt::AlignLeading | Qt::AlignTop);
    m_form->addWidget(field, row, 1);
    m_rowLabels.insert(field, label);
}

void DetailsPage::setRowValue(QLabel *value, const QString &text)
{
    value->setText(text);
    value->setAccessibleName(value->accessibleDescription() + QStringLiteral(": ") + text);
}

void DetailsPage::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    m_rowLabels.value(field)->setVisible(visible);
}

void DetailsPage::setDetails(const PatientDetails &details, const QDateTime &lastUpdated)
{
    m_details = details;
    m_detailsArea->show();
    m_name->setText(details.displayName(true));

    setRowValue(m_dob,
                details.dateOfBirth.isValid() ? formatDate(details.dateOfBirth)
                                              : tr("Not recorded"));
    setRowVisible(m_deceased, details.deceased || details.dateDeceased.isValid());
    setRowValue(m_deceased,
                details.dateDeceased.isValid() ? formatDate(details.dateDeceased)
                                               : tr("Date not recorded"));
    setRowValue(m_sex, sexText(details.sexAtBirth));

    m_hasDetails = true;
    updateActions();
    showIdentifiers();

    setRowValue(m_publicId, details.publicId.isEmpty() ? tr("Not given") : details.publicId);

    QStringList contacts;
    for (const ContactPoint &contact : details.contacts)
        contacts << contactLine(contact);
    setRowValue(m_contacts,
                contacts.isEmpty() ? tr("None recorded") : contacts.join(QLatin1Char('\n')));

    const QStringList address = details.address.displayLines(countryName);
    setRowValue(m_address,
                address.isEmpty() ? tr("Not recorded") : address.join(QLatin1Char('\n')));

    m_lastUpdatedAt = lastUpdated;
    m_lastUpdated->setText(lastUpdated.isValid() ? lastUpdatedText(lastUpdated) : QString());
}

void DetailsPage::showIdentifiers()
{
    const bool withholdNhs = m_hideIdentifiers && !m_nhsRevealed && m_hasDetails;
    const bool withholdOthers = m_hideIdentifiers && !m_otherIdsRevealed && m_hasDetails;
    rebuildNhsNumbers(m_details.nhsNumbers(), withholdNhs);
    m_nhsNumbers->setVisible(!withholdNhs);
    m_reveal->setVisible(withholdNhs);

    QStringList others;
    for (const NationalId &id : std::as_const(m_details.nationalIds)) {
        if (!id.isNhsNumber)
            others << tr("%1: %2").arg(id.name, id.displayValue());
    }
    const bool withheld = withholdOthers && !others.isEmpty();
    if (withheld || others.isEmpty()) {
        m_otherIds->clear();
        m_otherIds->setAccessibleName(QString());
    } else {
        setRowValue(m_otherIds, others.join(QLatin1Char('\n')));
    }
    m_otherIds->setVisible(!withheld);
    m_revealOtherIds->setVisible(withheld);
    setRowVisible(m_otherIdsCell, m_hasDetails && !others.isEmpty());
}

void DetailsPage::rebuildNhsNumbers(const QList<NationalId> &numbers, bool withheld)
{
    while (QLayoutItem *item = m_nhsLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                retireWidget(child->widget());
                delete child;
            }
        }
        retireWidget(item->widget());
        delete item;
    }
    if (withheld)
        return; // not even "Not recorded" until the patient asks
    if (numbers.isEmpty()) {
        auto *none = new QLabel(tr("Not recorded"), m_nhsNumbers);
        none->setObjectName(QStringLiteral("detailsNhsNumber"));
        m_nhsLayout->addWidget(none);
        return;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const NationalId &id = numbers.at(i);
        const NhsNumber number = id.nhsNumber();
        const QString suffix = i == 0 ? QString() : QStringLiteral("_%1").arg(i + 1);
        auto *row = new QHBoxLayout;
        if (id.isFlagged()) {
            auto *mark = new QLabel(m_nhsNumbers);
            mark->setObjectName(QStringLiteral("nhsWarningMark") + suffix);
            mark->setPixmap(style()
                                ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                .pixmap(iconSize, iconSize));
            mark->setAccessibleName(tr("Warning"));
            row->addWidget(mark);
        }
        QString text = number.formatted();
        QStringList countries;
        for (const QString &code : id.countryCodes)
            countries << countryName(code);
        if (!countries.isEmpty())
            text += QStringLiteral(" (") + countries.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (id.isFlagged())
            text += QStringLiteral(" - ") + tr("not a valid NHS number");
        auto *label = new QLabel(text, m_nhsNumbers);
        label->setObjectName(QStringLiteral("detailsNhsNumber") + suffix);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(valueInteraction());
        label->setAccessibleName(tr("NHS number: %1").arg(text));
        label->setAccessibleDescription(tr("NHS number"));
        row->addWidget(label, 1);
        auto *copy = new QPushButton(tr("&Copy"), m_nhsNumbers);
        if (i > 0)
            copy->setText(tr("Copy"));
        copy->setObjectName(QStringLiteral("copyNhsButton") + suffix);
        copy->setAccessibleName(tr("Copy NHS number"));
        copy->setAccessibleDescription(
            tr("Put the NHS number %1 on the clipboard, digits only").arg(number.formatted()));
        copy->setAutoDefault(true);
        const QString digits = number.digits();
        connect(copy, &QPushButton::clicked, this, [this, digits] {
            QGuiApplication::clipboard()->setText(digits);
            m_copiedToClipboard = digits;
            Q_EMIT nhsNumberCopied();
        });
        row->addWidget(copy, 0, Qt::AlignTop);
        m_nhsLayout->addLayout(row);
    }
}

void DetailsPage::setIdentifiersHiddenUntilRevealed(bool hidden)
{
    m_hideIdentifiers = hidden;
    m_nhsRevealed = false;
    m_otherIdsRevealed = false;
    showIdentifiers();
}

bool DetailsPage::isNhsNumberRevealed() const
{
    return !m_nhsNumbers->isHidden();
}

void DetailsPage::revealNhsNumber()
{
    m_nhsRevealed = true;
    showIdentifiers();
    if (QWidget *copy = m_nhsNumbers->findChild<QPushButton *>(QStringLiteral("copyNhsButton")))
        copy->setFocus();
}

void DetailsPage::revealOtherIdentifiers()
{
    m_otherIdsRevealed = true;
    showIdentifiers();
}

Qt::TextInteractionFlags DetailsPage::valueInteraction() const
{
    return m_selectable ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                        : Qt::NoTextInteraction;
}

void DetailsPage::setDetailsSelectable(bool selectable)
{
    m_selectable = selectable;
    m_name->setTextInteractionFlags(selectable ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    const auto labels = patientLabels();
    for (QLabel *label : labels) {
        if (label != m_name)
            label->setTextInteractionFlags(valueInteraction());
    }
}

QList<QLabel *> DetailsPage::patientLabels() const
{
    QList<QLabel *> labels = { m_name,     m_dob,      m_deceased, m_sex,
                               m_otherIds, m_publicId, m_contacts, m_address };
    labels += m_nhsNumbers->findChildren<QLabel *>();
    return labels;
}

void DetailsPage::forgetClipboard()
{
    // What came from this page: the Copy button's digits, or any part of a detail the patient
    // selected (the X11 selection) or copied with the keyboard. The patient may have copied
    // something else since: that stays.
    QClipboard *clipboard = QGuiApplication::clipboard();
    const auto cameFromPage = [this](const QString &text) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return false;
        if (trimmed == m_copiedToClipboard)
            return true;
        const auto labels = patientLabels();
        for (const QLabel *label : labels) {
            if (label->text().contains(trimmed))
                return true;
        }
        return false;
    };
    for (const QClipboard::Mode mode : { QClipboard::Clipboard, QClipboard::Selection }) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection())
            continue;
        if (cameFromPage(clipboard->text(mode)))
            clipboard->clear(mode);
    }
    m_copiedToClipboard.clear();
}

void DetailsPage::clear()
{
    forgetClipboard();
    m_details = PatientDetails();
    m_hasDetails = false;
    m_nhsRevealed = false;
    m_otherIdsRevealed = false;
    m_name->setText(tr("Your details"));
    for (QLabel *value :
         { m_dob, m_deceased, m_sex, m_otherIds, m_publicId, m_contacts, m_address }) {
        value->clear();
        value->setAccessibleName(QString());
    }
    showIdentifiers();
    m_lastUpdated->clear();
    m_lastUpdatedAt = {};
    m_expiryWarning->hide();
    m_detailsArea->hide();
    updateActions();
    setBusy(false);
}

void DetailsPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_refresh->setEnabled(!busy);
}

void DetailsPage::setRetryOfferedAbove(bool offered)
{
    m_retryOfferedAbove = offered;
    updateActions();
}

void DetailsPage::updateActions()
{
    m_refresh->setVisible(!m_retryOfferedAbove);
    m_empty->setVisible(!m_hasDetails && !m_retryOfferedAbove);
}

void DetailsPage::setNeedsGrantAtExpiry(bool needsGrant)
{
    m_expiryWarning->setVisible(needsGrant);
}

void DetailsPage::showEvent(QShowEvent *event)
{
    JourneyPage::showEvent(event);
    if (m_lastUpdatedAt.isValid())
        m_lastUpdated->setText(lastUpdatedText(m_lastUpdatedAt));
}
