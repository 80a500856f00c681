// Languages through the real main window: the whole journey in Urdu (translated, right to left,
// PKB's pages asked for Urdu), and switching language at run time without a restart.
#include "UiHarness.h"

#include "DetailsPage.h"
#include "GrantViewHost.h"
#include "LanguageSwitcher.h"

#include "config/AppSettings.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWebEngineProfile>

namespace {
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}
} // namespace

class TestUiLanguage : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    QString buttonText(const char *name) const
    {
        auto *button = h.find<QPushButton>(QString::fromLatin1(name));
        return button ? button->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure()));
        QVERIFY(LanguageSwitcher::translatedLanguages().contains(QStringLiteral("ur")));
        QVERIFY(LanguageSwitcher::translatedLanguages().contains(QStringLiteral("cy")));
        QVERIFY(LanguageSwitcher::translatedLanguages().contains(QStringLiteral("pl")));
    }

    void init() { QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure())); }

    void cleanup() { h.closeWindowInEnglish(); }

    void journeyInUrdu()
    {
        h.settings()->setValue(AppSettings::Key::language, QStringLiteral("ur"));
        h.openWindow();
        QCOMPARE(h.window()->languageSwitcher()->currentLanguage(), QStringLiteral("ur"));
        QVERIFY(h.window()->languageSwitcher()->hasAppTranslation());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(h.window()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Urdu);

        const QString create = translated("WelcomePage", "&Create account");
        QVERIFY(create != QStringLiteral("&Create account"));
        QCOMPARE(buttonText("createAccountButton"), create);

        QVERIFY2(h.createAccountAndConnect(), qPrintable(h.lastFailure()));
        auto *view = h.find<GrantViewHost>(QStringLiteral("grantViewHost"));
        auto *profile = qobject_cast<QWebEngineProfile *>(view->profile());
        QVERIFY(profile);
        QVERIFY2(profile->httpAcceptLanguage().startsWith(QStringLiteral("ur")),
                 qPrintable(profile->httpAcceptLanguage()));
        QVERIFY2(h.loginOnGrantPage(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));

        auto *sex = h.find<QLabel>(QStringLiteral("detailsSex"));
        QCOMPARE(sex->text(), translated("DetailsPage", "Female"));
        QVERIFY(sex->text() != QStringLiteral("Female"));
        auto *dob = h.find<QLabel>(QStringLiteral("detailsDob"));
        QCOMPARE(dob->text(), DetailsPage::formatDate(QDate(1985, 4, 12)));
        QVERIFY(!dob->text().contains(QStringLiteral("April")));
        // The form's row labels are there, translated, and name their fields.
        QLabel *dobLabel = nullptr;
        const auto pageLabels =
            h.find<QWidget>(QStringLiteral("detailsPage"))->findChildren<QLabel *>();
        for (QLabel *label : pageLabels) {
            if (label->buddy() == dob)
                dobLabel = label;
        }
        QVERIFY(dobLabel);
        QCOMPARE(dobLabel->text(), translated("DetailsPage", "Date of birth:"));
        QVERIFY(dobLabel->text() != QStringLiteral("Date of birth:"));
        QCOMPARE(dobLabel->buddy(), dob);
        // The right edge is the leading one: the label is right of its value.
        QVERIFY(dobLabel->mapTo(h.window(), QPoint()).x() > dob->mapTo(h.window(), QPoint()).x());
        QCOMPARE(buttonText("refreshButton"), translated("DetailsPage", "&Refresh"));
        // Mirrored: the refresh button sits left of the "last updated" line.
        auto *updated = h.find<QLabel>(QStringLiteral("detailsLastUpdated"));
        auto *refresh = h.find<QPushButton>(QStringLiteral("refreshButton"));
        QVERIFY(refresh->mapTo(h.window(), QPoint()).x()
                < updated->mapTo(h.window(), QPoint()).x());
        UiHarness::saveScreenshot(h.window(), QStringLiteral("details-urdu"));
    }

    void switchingLanguageRetranslatesTheVisiblePage()
    {
        h.openWindow();
        QCOMPARE(buttonText("createAccountButton"), QStringLiteral("&Create account"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

        h.settings()->setValue(AppSettings::Key::language, QStringLiteral("cy"));
        const QString welsh = translated("WelcomePage", "&Create account");
        QVERIFY(welsh != QStringLiteral("&Create account"));
        UI_TRY_VERIFY_WITH_TIMEOUT(buttonText("createAccountButton") == welsh, 3000);
        QCOMPARE(buttonText("signInButton"), translated("WelcomePage", "&Sign in"));
        QVERIFY(h.clickButton(QStringLiteral("signInButton")));
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
        auto *userName = h.find<QWidget>(QStringLiteral("userNameEdit"));
        auto userNameLabel = [&] {
            auto *form = h.find<QWidget>(QStringLiteral("signInPage"))->findChild<QFormLayout *>();
            auto *label = qobject_cast<QLabel *>(form->labelForField(userName));
            return label ? label->text() : QString();
        };
        QCOMPARE(userNameLabel(), translated("SignInPage", "&User name:"));
        QVERIFY(userNameLabel() != QStringLiteral("&User name:"));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        QCOMPARE(h.window()->languageSwitcher()->currentLanguage(), QStringLiteral("cy"));

        h.settings()->setValue(AppSettings::Key::language, QStringLiteral("en-GB"));
        UI_TRY_VERIFY_WITH_TIMEOUT(userNameLabel() == QStringLiteral("&User name:"), 3000);
        QCOMPARE(h.currentPage(), QStringLiteral("signInPage"));
        QCOMPARE(buttonText("signInSubmit"), QStringLiteral("&Sign in"));
        QCOMPARE(h.window()->languageSwitcher()->currentLanguage(), QStringLiteral("en-GB"));
    }

    void languageComboSwitchesAtOnce()
    {
        h.openWindow();
        QVERIFY(h.clickButton(QStringLiteral("signInButton")));
        QVERIFY(h.waitForPage(QStringLiteral("signInPage")));
        QVERIFY(h.triggerAction(QStringLiteral("actionSettings")));
        QDialog *dialog = nullptr;
        UI_TRY_VERIFY(
            (dialog = h.window()->findChild<QDialog *>(QStringLiteral("settingsDialog"))));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Settings"));
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("ur")));
        UI_TRY_VERIFY_WITH_TIMEOUT(
            dialog->windowTitle() == translated("SettingsDialog", "Settings"), 3000);
        QVERIFY(dialog->windowTitle() != QStringLiteral("Settings"));
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        // The page behind it too, without leaving it.
        QCOMPARE(h.currentPage(), QStringLiteral("signInPage"));
        QCOMPARE(buttonText("signInSubmit"), translated("SignInPage", "&Sign in"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ur"));
        QCOMPARE(h.settings()->language(), QStringLiteral("en-GB")); // not saved yet
        // Cancel goes back to the saved language.
        dialog->reject();
        UI_TRY_VERIFY_WITH_TIMEOUT(buttonText("signInSubmit") == QStringLiteral("&Sign in"), 3000);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(h.settings()->language(), QStringLiteral("en-GB"));

        // Save keeps the one chosen.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the old dialog
        QVERIFY(h.triggerAction(QStringLiteral("actionSettings")));
        UI_TRY_VERIFY((dialog = h.window()->findChild<QDialog *>(QStringLiteral("settingsDialog")))
                      && dialog->isVisible());
        combo = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("cy")));
        QVERIFY(h.clickButton(QStringLiteral("settingsSave")));
        QCOMPARE(h.settings()->language(), QStringLiteral("cy"));
        UI_TRY_VERIFY_WITH_TIMEOUT(
            buttonText("signInSubmit") == translated("SignInPage", "&Sign in"), 3000);
    }

    void accountErrorsFocusTheFieldToFix_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("focused");
        for (const char *language : { "en-GB", "cy", "pl", "ur" }) {
            QTest::addRow("%s: passwords differ", language)
                << QString::fromLatin1(language) << QStringLiteral("sam") << kPassword + u'!'
                << QStringLiteral("newPasswordEdit");
            QTest::addRow("%s: user name empty", language)
                << QString::fromLatin1(language) << QString() << kPassword
                << QStringLiteral("newUserNameEdit");
        }
    }

    // The field comes from the rule that refused it, not from the words of its message.
    void accountErrorsFocusTheFieldToFix()
    {
        QFETCH(QString, language);
        QFETCH(QString, userName);
        QFETCH(QString, confirmation);
        QFETCH(QString, focused);
        h.settings()->setValue(AppSettings::Key::language, language);
        h.openWindow();
        QVERIFY(h.clickButton(QStringLiteral("createAccountButton")));
        QVERIFY(h.waitForPage(QStringLiteral("createAccountPage")));
        const QList<std::pair<const char *, QString>> fields = {
            { "newUserNameEdit", userName },
            { "newDisplayNameEdit", QStringLiteral("Sam") },
            { "newPasswordEdit", kPassword },
            { "newPasswordConfirmEdit", confirmation },
        };
        for (const auto &[name, value] : fields) {
            auto *edit = h.find<QLineEdit>(QString::fromLatin1(name));
            QVERIFY(edit);
            QTest::keyClicks(edit, value);
        }
        QVERIFY(h.clickButton(QStringLiteral("createAccountSubmit")));
        auto *error = h.find<QLabel>(QStringLiteral("createAccountError"));
        UI_TRY_VERIFY(error->isVisible() && !error->text().isEmpty());
        QCOMPARE(h.currentPage(), QStringLiteral("createAccountPage"));
        QVERIFY(h.window()->focusWidget());
        QCOMPARE(h.window()->focusWidget()->objectName(), focused);
    }

    void unknownLanguageFallsBackToEnglishText()
    {
        h.settings()->setValue(AppSettings::Key::language, QStringLiteral("xx-not-a-language"));
        h.openWindow();
        QVERIFY(!h.window()->languageSwitcher()->hasAppTranslation());
        QCOMPARE(buttonText("createAccountButton"), QStringLiteral("&Create account"));
    }
};

PKBLINK_UI_TEST_MAIN(TestUiLanguage)
#include "tst_ui_language.moc"
