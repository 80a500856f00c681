#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

// Puts the app into one language: installs the app's translation (compiled in under :/i18n)
// and Qt's own when present, makes it the default QLocale (dates, numbers) and sets the layout
// direction (Urdu mirrors the layout). Switching again at run time replaces them; every widget
// then gets QEvent::LanguageChange and retranslates itself.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // A BCP 47 tag ("ur", "cy", "en-GB"); empty: the system's languages, in order of preference.
    void setLanguage(const QString &language);
    // The language in force as a BCP 47 tag ("ur", "en-GB"): for Accept-Language.
    QString currentLanguage() const { return m_current; }
    bool hasAppTranslation() const;

    // The languages the app is translated into, as BCP 47 tags (English is the source).
    static QStringList translatedLanguages();

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};
