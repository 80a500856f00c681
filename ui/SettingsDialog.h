#pragma once

#include "config/AppSettings.h"

#include <QDialog>
#include <QHash>

class AlertLabel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
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
    void reject() override;

Q_SIGNALS:
    // The patient picked a language: show the app in it now (empty: the system's).
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct RowText
    {
        AppSettings::Key key;
        QString label;
        QString description;
    };
    QList<RowText> rowTexts() const;
    QList<QPair<QString, QString>> choices(AppSettings::Key key) const;
    QLineEdit *addLineEdit(AppSettings::Key key, const char *objectName);
    QComboBox *addComboBox(AppSettings::Key key, const char *objectName);
    void addRow(AppSettings::Key key, QWidget *field);
    void retranslate();
    QVariant fieldValue(AppSettings::Key key) const;
    void updatePlaceholders();

    AppSettings *m_settings;
    QFormLayout *m_form = nullptr;
    QHash<AppSettings::Key, QWidget *> m_fields;
    QComboBox *m_environment = nullptr;
    AlertLabel *m_error = nullptr;
    QLabel *m_intro = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
