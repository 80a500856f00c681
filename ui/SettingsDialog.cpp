#include "SettingsDialog.h"

#include "AlertLabel.h"
#include "FormLabel.h"

#include "config/Environment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
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
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = newFormLayout();
    layout->addLayout(m_form);

    m_environment = addComboBox(Key::environment, "settingsEnvironment");
    addLineEdit(Key::baseUrl, "settingsBaseUrl");
    addLineEdit(Key::authorizeUrl, "settingsAuthorizeUrl");
    addLineEdit(Key::tokenUrl, "settingsTokenUrl");
    addLineEdit(Key::apiBaseUrl, "settingsApiBaseUrl");
    addLineEdit(Key::fhirBaseUrl, "settingsFhirBaseUrl");
    addLineEdit(Key::clientId, "settingsClientId");
    addComboBox(Key::clientAuth, "settingsClientAuth");
    addLineEdit(Key::redirectUri, "settingsRedirectUri");
    QComboBox *language = addComboBox(Key::language, "settingsLanguage");

    m_error = new AlertLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSave"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updatePlaceholders);
    // The language applies at once, for a look (the whole app, this dialog too, switches);
    // Save keeps it, Cancel goes back.
    connect(language, &QComboBox::currentIndexChanged, this,
            [this, language] { Q_EMIT languageChosen(language->currentData().toString()); });
    retranslate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QList<SettingsDialog::RowText> SettingsDialog::rowTexts() const
{
    return {
        { Key::environment, tr("&Environment:"), tr("Which PKB system to use") },
        { Key::baseUrl, tr("&Base address:"),
          tr("The address of the PKB system; empty for the environment's own") },
        { Key::authorizeUrl, tr("A&uthorization address:"),
          tr("Where the grant-access pages are; empty to derive it from the base address") },
        { Key::tokenUrl, tr("&Token address:"),
          tr("Where the app exchanges codes for tokens; empty to derive it") },
        { Key::apiBaseUrl, tr("&REST API address:"),
          tr("Base of PKB's REST API; empty to derive it") },
        { Key::fhirBaseUrl, tr("&FHIR address:"),
          tr("Base of PKB's FHIR API; empty to derive it") },
        { Key::clientId, tr("&Client id:"), tr("The client id PKB gave this app") },
        { Key::clientAuth, tr("Client &authentication:"),
          tr("How the app proves its identity to PKB's token endpoint") },
        { Key::redirectUri, tr("Re&direct address:"),
          tr("The redirect address registered with PKB") },
        { Key::language, tr("&Language:"), tr("The language of PKB's pages and of this app") },
    };
}

QList<QPair<QString, QString>> SettingsDialog::choices(Key key) const
{
    switch (key) {
    case Key::environment:
        return { { QStringLiteral("sandbox"), tr("PKB sandbox (test system)") },
                 { QStringLiteral("production-uk"), tr("PKB UK (live)") },
                 { QStringLiteral("local"), tr("Local test server") },
                 { QStringLiteral("custom"), tr("Custom addresses") } };
    case Key::clientAuth:
        return { { QStringLiteral("none"), tr("None (public client)") },
                 { QStringLiteral("client_secret_basic"), tr("Client secret, HTTP Basic") },
                 { QStringLiteral("client_secret_post"), tr("Client secret, in the form") } };
    case Key::language:
        // Each language in its own words, so a patient finds theirs whatever is on screen.
        return { { QString(), tr("System default") },
                 { QStringLiteral("en-GB"), tr("English (UK)") },
                 { QStringLiteral("cy"), tr("Cymraeg (Welsh)") },
                 { QStringLiteral("pl"), tr("Polski (Polish)") },
                 { QStringLiteral("ur"), tr("اردو (Urdu)") } };
    default:
        return {};
    }
}

QLineEdit *SettingsDialog::addLineEdit(Key key, const char *objectName)
{
    auto *edit = new QLineEdit(m_settings->value(key).toString(), this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setReadOnly(m_settings->isFixed(key));
    addRow(key, edit);
    return edit;
}

QComboBox *SettingsDialog::addComboBox(Key key, const char *objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    const auto list = choices(key);
    for (const auto &[value, text] : list)
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
    addRow(key, combo);
    return combo;
}

void SettingsDialog::addRow(Key key, QWidget *field)
{
    m_fields.insert(key, field);
    if (!m_settings->isFixed(key)) {
        m_form->addRow(newFormLabel(field, this), field);
        return;
    }
    // Fixed by the administrator: the field plus a note saying so.
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(0);
    cellLayout->addWidget(field);
    auto *note = new QLabel(cell);
    note->setObjectName(field->objectName() + QStringLiteral("FixedNote"));
    note->setForegroundRole(QPalette::PlaceholderText);
    cellLayout->addWidget(note);
    m_form->addRow(newFormLabel(cell, this), cell);
    if (auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(cell)))
        labelWidget->setBuddy(field);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_intro->setText(tr("How PKB Link reaches Patients Know Best. The values come from PKB's "
                        "integrations team; change them only if you were asked to."));
    const auto rows = rowTexts();
    for (const RowText &row : rows) {
        QWidget *field = m_fields.value(row.key);
        if (!field)
            continue;
        const bool fixed = m_settings->isFixed(row.key);
        QWidget *cell = fixed ? field->parentWidget() : field;
        setFormLabelText(m_form, cell, row.label);
        field->setAccessibleName(
            QString(row.label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        field->setAccessibleDescription(fixed ? row.description + QStringLiteral(". ")
                                                + tr("Set by your administrator")
                                              : row.description);
        if (fixed) {
            field->setToolTip(tr("Set by your administrator"));
            if (auto *note =
                    cell->findChild<QLabel *>(field->objectName() + QStringLiteral("FixedNote")))
                note->setText(tr("Set by your administrator"));
        }
        if (auto *combo = qobject_cast<QComboBox *>(field)) {
            const auto list = choices(row.key);
            for (const auto &[value, text] : list) {
                const int index = combo->findData(value);
                if (index >= 0)
                    combo->setItemText(index, text);
            }
        }
    }
    m_error->setAccessibleName(tr("Settings not saved"));
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setText(tr("&Save"));
    saveButton->setAccessibleName(tr("Save"));
    saveButton->setAccessibleDescription(tr("Save the settings and close"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("&Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Close without saving"));
    updatePlaceholders();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
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

void SettingsDialog::reject()
{
    Q_EMIT languageChosen(m_settings->language());
    QDialog::reject();
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
