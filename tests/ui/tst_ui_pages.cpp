// The pages on their own, without PKB: details rendering (an invalid NHS number is flagged,
// never dropped; clearing leaves no patient data), error wording, accessible names on every
// interactive widget of the window, and the window title.
#include "UiHarness.h"

#include "DetailsPage.h"
#include "ErrorWording.h"
#include "MainWindow.h"

#include "core/AppError.h"
#include "pkb/PatientDetails.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>

namespace {
PatientDetails twoNumbersOneInvalid()
{
    PatientDetails details;
    details.title = QStringLiteral("Mr");
    details.givenNames = QStringLiteral("Ivan");
    details.familyName = QStringLiteral("Checkdigit");
    details.dateOfBirth = QDate(1960, 1, 1);
    details.deceased = true;
    details.dateDeceased = QDate(2024, 5, 1);
    details.sexAtBirth = PatientDetails::Sex::Male;
    details.sexAtBirthRaw = QStringLiteral("MALE");
    details.nationalIds = {
        NationalId::nhsNumberId(QStringLiteral("9434765918"), { QStringLiteral("GB-ENG") }),
        NationalId::nhsNumberId(QStringLiteral("9434765870"), { QStringLiteral("GB-WLS") })
    };
    details.publicId = QStringLiteral("0c9b8a7f-6e5d-4c3b-a291-8f7e6d5c4b3a");
    details.userId = QStringLiteral("7329848");
    ContactPoint phone;
    phone.type = QStringLiteral("PHONE");
    phone.value = QStringLiteral("07700 900456");
    phone.phoneUseType = QStringLiteral("MOBILE");
    phone.primary = true;
    phone.confirmed = false;
    details.contacts = { phone };
    details.address.lines = { QStringLiteral("4 High Street") };
    details.address.city = QStringLiteral("Bristol");
    details.address.postalCode = QStringLiteral("BS1 2AA");
    details.address.countryCode = QStringLiteral("GB-ENG");
    return details;
}
} // namespace

class TestUiPages : public QObject
{
    Q_OBJECT
private:
    QString text(QWidget *root, const char *name)
    {
        auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

private Q_SLOTS:
    void detailsShowEveryNhsNumberAndFlagTheInvalidOne()
    {
        DetailsPage page;
        page.show();
        page.setDetails(twoNumbersOneInvalid(), QDateTime::currentDateTime());
        QCOMPARE(text(&page, "detailsName"), QStringLiteral("Mr Ivan Checkdigit"));
        QVERIFY(text(&page, "detailsNhsNumber").startsWith(QStringLiteral("943 476 5918")));
        QVERIFY(text(&page, "detailsNhsNumber").contains(QStringLiteral("not a valid NHS number")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("nhsWarningMark")));
        QVERIFY(text(&page, "detailsNhsNumber_2").startsWith(QStringLiteral("943 476 5870")));
        QVERIFY(!text(&page, "detailsNhsNumber_2").contains(QStringLiteral("not a valid")));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("nhsWarningMark_2")));
        QCOMPARE(text(&page, "detailsDeceased"), DetailsPage::formatDate(QDate(2024, 5, 1)));
        QVERIFY(!text(&page, "detailsDeceased")
                     .contains(QLocale().dayName(QDate(2024, 5, 1).dayOfWeek())));
        QVERIFY(text(&page, "detailsAddress").endsWith(QStringLiteral("England")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("detailsDeceased"))->isVisible());
        QCOMPARE(text(&page, "detailsSex"), QStringLiteral("Male"));
        QVERIFY(text(&page, "detailsContacts").contains(QStringLiteral("not confirmed")));
        QVERIFY(text(&page, "detailsAddress").contains(QStringLiteral("Bristol")));
        QVERIFY(text(&page, "detailsLastUpdated").startsWith(QStringLiteral("Last updated ")));

        page.findChild<QPushButton *>(QStringLiteral("copyNhsButton_2"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("9434765870"));
        QGuiApplication::clipboard()->clear();
    }

    void clearedDetailsLeaveNoPatientData()
    {
        DetailsPage page;
        page.show();
        page.setDetails(twoNumbersOneInvalid(), QDateTime::currentDateTime());
        page.setNeedsGrantAtExpiry(true);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("detailsExpiryWarning"))->isVisible());
        page.clear();
        const auto labels = page.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            for (const QString &secret :
                 { QStringLiteral("Ivan"), QStringLiteral("943"), QStringLiteral("Bristol"),
                   QStringLiteral("07700"), QStringLiteral("0c9b8a7f") }) {
                QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
                QVERIFY2(!label->accessibleName().contains(secret),
                         qPrintable(label->objectName()));
            }
        }
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("detailsExpiryWarning"))->isVisible());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("detailsEmpty"))->isVisible());
    }

    void rebuiltNhsRowsGoFromTheEventLoop()
    {
        DetailsPage page;
        page.show();
        page.setDetails(twoNumbersOneInvalid(), QDateTime::currentDateTime());
        QPointer<QLabel> oldNumber = page.findChild<QLabel *>(QStringLiteral("detailsNhsNumber"));
        QPointer<QPushButton> oldCopy =
            page.findChild<QPushButton *>(QStringLiteral("copyNhsButton_2"));
        QVERIFY(oldNumber && oldCopy);
        // New details while the page is shown: the old rows may be what a screen reader is
        // reading. They are out of sight and hold no patient data at once, and are deleted
        // from the event loop, not in the middle of the rebuild.
        page.setDetails(twoNumbersOneInvalid(), QDateTime::currentDateTime());
        QVERIFY(oldNumber);
        QVERIFY(oldCopy);
        QVERIFY(oldNumber->isHidden() && oldCopy->isHidden());
        for (QWidget *old :
             { static_cast<QWidget *>(oldNumber), static_cast<QWidget *>(oldCopy) }) {
            QVERIFY(old->objectName().isEmpty());
            QVERIFY(!old->accessibleName().contains(QStringLiteral("943")));
            QVERIFY(!old->accessibleDescription().contains(QStringLiteral("943")));
        }
        QVERIFY(oldNumber->text().isEmpty());
        QVERIFY(oldCopy->text().isEmpty());
        QVERIFY(text(&page, "detailsNhsNumber").startsWith(QStringLiteral("943 476 5918")));
        QVERIFY(UiHarness::waitUntil([&] { return oldNumber.isNull() && oldCopy.isNull(); }));
        QCOMPARE(
            page.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^copyNhs"))).size(),
            2);
    }

    void busyDisablesRefresh()
    {
        DetailsPage page;
        page.show();
        auto *refresh = page.findChild<QPushButton *>(QStringLiteral("refreshButton"));
        page.setBusy(true);
        QVERIFY(!refresh->isEnabled());
        page.setBusy(false);
        QVERIFY(refresh->isEnabled());
    }

    void errorWordingSaysWhatToDo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("coreMessage");
        QTest::addColumn<QString>("expectedStart");
        using K = AppError::Kind;
        QTest::newRow("deny") << int(K::AccessDenied) << QString()
                              << QStringLiteral("You chose not to give");
        QTest::newRow("cancel") << int(K::Cancelled) << QStringLiteral("x")
                                << QStringLiteral("Connecting to PKB was cancelled");
        QTest::newRow("network without message")
            << int(K::Network) << QString() << QStringLiteral("PKB could not be reached");
        QTest::newRow("network with message")
            << int(K::Network) << QStringLiteral("Offline.") << QStringLiteral("Offline.");
        QTest::newRow("keychain") << int(K::KeychainUnavailable) << QString()
                                  << QStringLiteral("Your system keychain");
        // The vault and the token client say why the access ended; their words are shown.
        QTest::newRow("grant revoked")
            << int(K::GrantRevoked) << QStringLiteral("Your PKB session has ended.")
            << QStringLiteral("Your PKB session has ended.");
        QTest::newRow("server") << int(K::Server) << QString()
                                << QStringLiteral("Something went wrong");
    }

    void errorWordingSaysWhatToDo()
    {
        QFETCH(int, kind);
        QFETCH(QString, coreMessage);
        QFETCH(QString, expectedStart);
        const QString wording =
            ErrorWording::forError(AppError::make(AppError::Kind(kind), coreMessage));
        QVERIFY2(wording.startsWith(expectedStart), qPrintable(wording));
        QVERIFY(ErrorWording::forError(AppError()).isEmpty());
    }

    void hostileAccountInputs_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("markup in the display name is shown as text")
            << QStringLiteral("markup") << QStringLiteral("<b>Bold</b><img src=x onerror=alert(1)>")
            << true;
        QTest::newRow("right-to-left display name")
            << QStringLiteral("rtl") << QString::fromUtf8("\u05e9\u05dc\u05d5\u05dd") << true;
        QTest::newRow("bidi override in the display name")
            << QStringLiteral("rlo") << QString::fromUtf8("Sam\u202egnp.exe") << false;
        QTest::newRow("control character in the user name")
            << QStringLiteral("bad\u0001name") << QStringLiteral("x") << false;
        QTest::newRow("empty user name") << QString() << QStringLiteral("x") << false;
        QTest::newRow("sql metacharacters")
            << QStringLiteral("'; DROP TABLE accounts;--") << QStringLiteral("x") << true;
    }

    void hostileAccountInputs()
    {
        QFETCH(QString, userName);
        QFETCH(QString, displayName);
        QFETCH(bool, accepted);
        UiHarness h;
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        h.openWindow();
        QVERIFY(h.clickButton(QStringLiteral("createAccountButton")));
        h.find<QLineEdit>(QStringLiteral("newUserNameEdit"))->setText(userName);
        h.find<QLineEdit>(QStringLiteral("newDisplayNameEdit"))->setText(displayName);
        h.find<QLineEdit>(QStringLiteral("newPasswordEdit"))
            ->setText(QStringLiteral("correct horse battery"));
        h.find<QLineEdit>(QStringLiteral("newPasswordConfirmEdit"))
            ->setText(QStringLiteral("correct horse battery"));
        QVERIFY(h.clickButton(QStringLiteral("createAccountSubmit")));
        if (!accepted) {
            auto *error = h.find<QLabel>(QStringLiteral("createAccountError"));
            UI_TRY_VERIFY(error->isVisible());
            QVERIFY(!error->text().isEmpty());
            QCOMPARE(h.currentPage(), QStringLiteral("createAccountPage"));
            return;
        }
        QVERIFY2(h.waitForPage(QStringLiteral("homePage"), 10000),
                 qPrintable(h.find<QLabel>(QStringLiteral("createAccountError"))->text()));
        auto *greeting = h.find<QLabel>(QStringLiteral("homeGreeting"));
        QCOMPARE(greeting->textFormat(), Qt::PlainText);
        QVERIFY(greeting->text().contains(displayName));
        QCOMPARE(h.window()->windowTitle(), QStringLiteral("PKB Link"));
    }

    void everyInteractiveWidgetIsNamedForAssistiveTechnology()
    {
        UiHarness h;
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        MainWindow *window = h.openWindow();
        // Put content on the details page too.
        window->findChild<DetailsPage *>()->setDetails(twoNumbersOneInvalid(),
                                                       QDateTime::currentDateTime());
        const auto widgets = window->findChildren<QWidget *>();
        int checked = 0;
        for (const QWidget *widget : widgets) {
            const bool interactive = qobject_cast<const QAbstractButton *>(widget)
                || qobject_cast<const QLineEdit *>(widget)
                || qobject_cast<const QComboBox *>(widget)
                || qobject_cast<const QAbstractItemView *>(widget);
            if (!interactive || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            // Internal parts of Qt's own widgets (scroll bars, the web view's insides).
            if (widget->objectName().isEmpty() && !qobject_cast<const QAbstractButton *>(widget))
                continue;
            ++checked;
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                    .arg(widget->objectName(),
                                         QLatin1String(widget->metaObject()->className()))));
            QVERIFY2(
                !widget->accessibleDescription().isEmpty(),
                qPrintable(
                    QStringLiteral("%1 has no accessible description").arg(widget->objectName())));
        }
        QVERIFY(checked >= 15);
        QCOMPARE(window->windowTitle(), QStringLiteral("PKB Link"));
    }
};

PKBLINK_UI_TEST_MAIN(TestUiPages)
#include "tst_ui_pages.moc"
