#include "SettingsDialog.h"

#include "AlertLabel.h"

#include "config/Environment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Key = AppSettings::Key;

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How PKB Link reaches Patients Know Best. The values come from "
                                "PKB's integrations team; change them only if you were asked "
                                "to."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);

    m_environment = addComboBox(Key::environment, tr("&Environment:"), "settingsEnvironment",
                                tr("Which PKB system to use"),
                                { { QStringLiteral("sandbox"), tr("PKB sandbox (test system)") },
                                  { QStringLiteral("production-uk"), tr("PKB UK (live)") },
                                  { QStringLiteral("local"), tr("Local test server") },
                                  { QStringLiteral("custom"), tr("Custom addresses") } });
    addLineEdit(Key::baseUrl, tr("&Base address:"), "settingsBaseUrl",
                tr("The address of the PKB system; empty for the environment's own"));
    addLineEdit(Key::authorizeUrl, tr("A&uthorization address:"), "settingsAuthorizeUrl",
                tr("Where the grant-access pages are; empty to derive it from the base address"));
    addLineEdit(Key::tokenUrl, tr("&Token address:"), "settingsTokenUrl",
                tr("Where the app exchanges codes for tokens; empty to derive it"));
    addLineEdit(Key::apiBaseUrl, tr("&REST API address:"), "settingsApiBaseUrl",
                tr("Base of PKB's REST API; empty to derive it"));
    addLineEdit(Key::fhirBaseUrl, tr("&FHIR address:"), "settingsFhirBaseUrl",
                tr("Base of PKB's FHIR API; empty to derive it"));
    addLineEdit(Key::clientId, tr("&Client id:"), "settingsClientId",
                tr("The client id PKB gave this app"));
    addComboBox(Key::clientAuth, tr("Client &authentication:"), "settingsClientAuth",
                tr("How the app proves its identity to PKB's token endpoint"),
                { { QStringLiteral("none"), tr("None (public client)") },
                  { QStringLiteral("client_secret_basic"), tr("Client secret, HTTP Basic") },
                  { QStringLiteral("client_secret_post"), tr("Client secret, in the form") } });
    addLineEdit(Key::redirectUri, tr("Re&direct address:"), "settingsRedirectUri",
                tr("The redirect address registered with PKB"));
    addComboBox(Key::language, tr("&Language:"), "settingsLanguage",
                tr("The language of PKB's pages and of this app"),
                { { QString(), tr("System default") },
                  { QStringLiteral("en-GB"), tr("English (UK)") },
                  { QStringLiteral("cy"), tr("Cymraeg (Welsh)") } });

    m_error = new AlertLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setAccessibleName(tr("Settings not saved"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("settingsSave"));
    saveButton->setAccessibleName(tr("Save"));
    saveButton->setAccessibleDescription(tr("Save the settings and close"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("settingsCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Close without saving"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updatePlaceholders);
    updatePlaceholders();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QLineEdit *SettingsDialog::addLineEdit(Key key, const QString &label, const char *objectName,
                                       const QString &description)
{
    auto *edit = new QLineEdit(m_settings->value(key).toString(), this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    edit->setAccessibleDescription(description);
    edit->setReadOnly(m_settings->isFixed(key));
    addRow(key, label, edit);
    return edit;
}

QComboBox *SettingsDialog::addComboBox(Key key, const QString &label, const char *objectName,
                                       const QString &description,
                                       const QList<QPair<QString, QString>> &choices)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    combo->setAccessibleDescription(description);
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    const QString current = m_settings->value(key).toString();
    int index = combo->findData(current);
    if (index < 0) {
        // A value set by hand that the list does not know: keep it selectable as it is.
        combo->addItem(current, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    combo->setEnabled(!m_settings->isFixed(key));
    addRow(key, label, combo);
    return combo;
}

void SettingsDialog::addRow(Key key, const QString &label, QWidget *field)
{
    m_fields.insert(key, field);
    if (!m_settings->isFixed(key)) {
        m_form->addRow(label, field);
        return;
    }
    // Fixed by the administrator: the field plus a note saying so.
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(0);
    cellLayout->addWidget(field);
    auto *note = new QLabel(tr("Set by your administrator"), cell);
    note->setObjectName(field->objectName() + QStringLiteral("FixedNote"));
    note->setForegroundRole(QPalette::PlaceholderText);
    cellLayout->addWidget(note);
    field->setToolTip(tr("Set by your administrator"));
    field->setAccessibleDescription(field->accessibleDescription() + QStringLiteral(". ")
                                    + tr("Set by your administrator"));
    m_form->addRow(label, cell);
    if (auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(cell)))
        labelWidget->setBuddy(field);
}

QVariant SettingsDialog::fieldValue(Key key) const
{
    QWidget *field = m_fields.value(key);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->currentData().toString();
    return {};
}

void SettingsDialog::updatePlaceholders()
{
    const EnvironmentConfig preset =
        EnvironmentConfig::preset(m_environment->currentData().toString());
    const QList<std::pair<Key, QUrl>> derived = {
        { Key::baseUrl, preset.baseUrl },         { Key::authorizeUrl, preset.authorizeUrl },
        { Key::tokenUrl, preset.tokenUrl },       { Key::apiBaseUrl, preset.apiBaseUrl },
        { Key::fhirBaseUrl, preset.fhirBaseUrl },
    };
    for (const auto &[key, url] : derived) {
        if (auto *edit = qobject_cast<QLineEdit *>(m_fields.value(key)))
            edit->setPlaceholderText(url.isEmpty() ? tr("Required for this environment")
                                                   : url.toDisplayString());
    }
}

bool SettingsDialog::save()
{
    m_error->clearMessage();
    const bool wasUsable = m_settings->environmentConfig().ok();
    QHash<Key, QVariant> previous;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const Key key = it.key();
        if (m_settings->isFixed(key))
            continue;
        const QVariant wanted = fieldValue(key);
        const QVariant current = m_settings->value(key);
        if (wanted.toString() == current.toString())
            continue;
        previous.insert(key, current);
        m_settings->setValue(key, wanted);
    }
    const auto config = m_settings->environmentConfig();
    // Settings that were not usable before (a fresh install) are saved step by step; usable
    // ones are never replaced by unusable ones.
    if (config.ok() || !wasUsable)
        return true;
    // Put back what was there.
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_error->showError(config.error());
    return false;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
