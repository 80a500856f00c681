#pragma once

#include "config/AppSettings.h"

#include <QDialog>
#include <QHash>

class AlertLabel;
class QComboBox;
class QFormLayout;
class QLineEdit;

// The PKB connection settings and the language. Values the administrator fixed are shown
// read-only with a note. Saving writes only what changed, and only if the result is a usable
// configuration (otherwise the previous values are put back and the problem is shown).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    // Saves; false (and a message in the dialog) when the settings would not be usable.
    bool save();

    void accept() override;

private:
    QLineEdit *addLineEdit(AppSettings::Key key, const QString &label, const char *objectName,
                           const QString &description);
    QComboBox *addComboBox(AppSettings::Key key, const QString &label, const char *objectName,
                           const QString &description,
                           const QList<QPair<QString, QString>> &choices);
    void addRow(AppSettings::Key key, const QString &label, QWidget *field);
    QVariant fieldValue(AppSettings::Key key) const;
    void updatePlaceholders();

    AppSettings *m_settings;
    QFormLayout *m_form = nullptr;
    QHash<AppSettings::Key, QWidget *> m_fields;
    QComboBox *m_environment = nullptr;
    AlertLabel *m_error = nullptr;
};
