#include "LanguageSwitcher.h"

#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("pkb-link_");

// The first of the locale's UI languages the app has a translation for; empty for none.
QString translatedMatch(const QLocale &locale)
{
    const QStringList available = LanguageSwitcher::translatedLanguages();
    for (const QString &tag : locale.uiLanguages()) {
        const QString language = QLocale(tag).bcp47Name().section(QLatin1Char('-'), 0, 0);
        if (available.contains(language))
            return language;
        // English is the source language: no translation needed, and none is preferred.
        if (language == QLatin1String("en"))
            return {};
    }
    return {};
}
} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{ }

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QStringList LanguageSwitcher::translatedLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(kResourceDir).entryList({ kPrefix + QStringLiteral("*.qm") }, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(kPrefix.size()).section(QLatin1Char('.'), 0, 0);
    return languages;
}

bool LanguageSwitcher::hasAppTranslation() const
{
    return m_appTranslator != nullptr;
}

void LanguageSwitcher::removeTranslators()
{
    if (!QCoreApplication::instance())
        return;
    for (auto *translator : { &m_appTranslator, &m_qtTranslator }) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

void LanguageSwitcher::setLanguage(const QString &language)
{
    const QString requested = language.trimmed();
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    const QString translated = translatedMatch(locale);

    const bool hadTranslators = m_appTranslator || m_qtTranslator;
    removeTranslators();
    if (!translated.isEmpty()) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(kPrefix + translated, kResourceDir)) {
            QCoreApplication::installTranslator(app.get());
            m_appTranslator = std::move(app);
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + translated,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }

    // An unknown or malformed tag gives the C locale: fall back to the system's then.
    const QLocale effective = locale.language() == QLocale::C ? QLocale::system() : locale;
    QLocale::setDefault(effective);
    QGuiApplication::setLayoutDirection(effective.textDirection());
    m_current = effective.language() == QLocale::C ? QStringLiteral("en") : effective.bcp47Name();
    qCDebug(lcUi) << "language" << m_current << "translated:" << hasAppTranslation();

    // Installing or removing a translator announces the change itself; a switch between two
    // untranslated languages (en-GB to en-US) still changes dates and numbers.
    if (!hadTranslators && !hasAppTranslation() && !m_qtTranslator) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    Q_EMIT languageChanged(m_current);
}
