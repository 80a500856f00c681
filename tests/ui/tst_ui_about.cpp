// Help > About: PKB Link's licence and the third-party licences, compiled into the app and
// shown offline, reachable with the keyboard and named for screen readers.
#include "UiHarness.h"

#include "AboutDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>

class TestUiAbout : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    // Opens About the way a patient does: the Help menu's About entry.
    AboutDialog *openAbout()
    {
        h.openWindow();
        auto *help = h.find<QMenu>(QStringLiteral("helpMenu"));
        auto *about = h.find<QAction>(QStringLiteral("actionAbout"));
        if (!help || !about || !help->actions().contains(about))
            return nullptr;
        about->trigger();
        // open(), not exec(): trigger() returned with the dialog already showing.
        auto *dialog = h.find<AboutDialog>(QStringLiteral("aboutDialog"));
        if (!dialog || !UiHarness::waitUntil([dialog] { return dialog->isVisible(); }))
            return nullptr;
        return dialog;
    }

    static int tabIndex(QTabWidget *tabs, const QString &objectName)
    {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == objectName)
                return i;
        }
        return -1;
    }

    static QStringList itemTexts(const QListWidget *list)
    {
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts.append(list->item(i)->text());
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }
    void init() { QVERIFY2(h.newMachine(), qPrintable(h.lastFailure())); }
    void cleanup() { h.closeWindow(); }

    void showsTheAppLicence()
    {
        AboutDialog *dialog = openAbout();
        QVERIFY(dialog);
        auto *licenceName = dialog->findChild<QLabel *>(QStringLiteral("aboutLicenceName"));
        QVERIFY(licenceName);
        QCOMPARE(licenceName->text(), QStringLiteral("MIT"));

        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("aboutTabs"));
        QVERIFY(tabs);
        const int licenceTab = tabIndex(tabs, QStringLiteral("aboutTabLicence"));
        QVERIFY(licenceTab >= 0);
        tabs->setCurrentIndex(licenceTab);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("aboutLicenceText"));
        QVERIFY(text);
        UI_TRY_VERIFY(text->isVisible());
        const QString licence = text->toPlainText();
        QVERIFY2(licence.startsWith(QLatin1String("MIT License")), qPrintable(licence.left(80)));
        QVERIFY(licence.contains(QLatin1String("Copyright (c) 2026 The PKB Link developers")));
        QVERIFY(licence.contains(QLatin1String("Permission is hereby granted, free of charge")));
        QVERIFY(text->isReadOnly());
        QVERIFY(!text->accessibleName().isEmpty());
        QVERIFY(text->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
        QVERIFY(text->focusPolicy() & Qt::TabFocus);
        dialog->reject();
    }

    void listsTheThirdPartyLicences()
    {
        AboutDialog *dialog = openAbout();
        QVERIFY(dialog);
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("aboutTabs"));
        QVERIFY(tabs);
        const int thirdPartyTab = tabIndex(tabs, QStringLiteral("aboutTabThirdParty"));
        QVERIFY(thirdPartyTab >= 0);
        QCOMPARE(tabs->tabText(thirdPartyTab).remove(QLatin1Char('&')),
                 QStringLiteral("Third-party licences"));
        tabs->setCurrentIndex(thirdPartyTab);

        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("aboutThirdPartyList"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("aboutThirdPartyText"));
        QVERIFY(list && text);
        UI_TRY_VERIFY(list->isVisible());
        QVERIFY(!list->accessibleName().isEmpty());
        QVERIFY(!text->accessibleName().isEmpty());
        const QStringList items = itemTexts(list);
        QCOMPARE(items,
                 (QStringList {
                     QStringLiteral("Qt 6 and Qt WebEngine (LGPL-3.0-only)"),
                     QStringLiteral("Chromium (BSD-3-Clause)"),
                     QStringLiteral("QtKeychain (BSD-2-Clause)"),
                     QStringLiteral("libsodium (ISC)"),
                     QStringLiteral("SQLite (public-domain)"),
                 }));

        // The first entry is shown at once: Qt's licence in full (LGPL-3.0 and the GPL-3.0 it
        // supplements), not a pointer to a file only Debian has.
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(text->toPlainText().contains(QLatin1String("The Qt Company")));
        QVERIFY(text->toPlainText().contains(QLatin1String("GNU LESSER GENERAL PUBLIC LICENSE")));
        QVERIFY(text->toPlainText().contains(QLatin1String("GNU GENERAL PUBLIC LICENSE")));

        // Down arrow in the list: the next entry's licence.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(text->toPlainText().contains(QLatin1String("The Chromium Authors")));
        QVERIFY(text->toPlainText().contains(QLatin1String("qtwebengine-licensing")));

        list->setCurrentRow(int(items.indexOf(QStringLiteral("QtKeychain (BSD-2-Clause)"))));
        QVERIFY(text->toPlainText().startsWith(QLatin1String("QtKeychain: ")));
        QVERIFY(text->toPlainText().contains(QLatin1String("Frank Osterfeld")));
        QVERIFY(text->toPlainText().contains(
            QLatin1String("Redistribution and use in source and binary forms")));

        list->setCurrentRow(int(items.indexOf(QStringLiteral("libsodium (ISC)"))));
        QVERIFY(text->toPlainText().contains(QLatin1String("Frank Denis")));
        QVERIFY(text->toPlainText().contains(QLatin1String("Permission to use, copy, modify")));
        dialog->reject();
    }
};

PKBLINK_UI_TEST_MAIN(TestUiAbout)
#include "tst_ui_about.moc"
