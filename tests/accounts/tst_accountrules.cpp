#include "accounts/PasswordPolicy.h"
#include "accounts/SignInThrottle.h"
#include "accounts/UserName.h"

#include <QTimeZone>
#include <QtTest>

#include <climits>

// The pure rules behind AccountStore: user names, password lengths, sign-in delays.
class TestAccountRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameUserName_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("case") << QStringLiteral("Alice") << QStringLiteral("alice");
        QTest::newRow("case and spaces") << QStringLiteral("alice") << QStringLiteral(" ALICE ");
        QTest::newRow("inner whitespace")
            << QStringLiteral("Alice  Smith") << QStringLiteral("alice smith");
        QTest::newRow("no-break space")
            << QStringLiteral("alice\u00a0smith") << QStringLiteral("Alice Smith");
        QTest::newRow("fullwidth") << QStringLiteral("\uff46\uff55\uff4c\uff4c\uff57\uff49\uff44"
                                                     "\uff54\uff48")
                                   << QStringLiteral("fullwidth");
        QTest::newRow("composed vs decomposed")
            << QStringLiteral("caf\u00e9") << QStringLiteral("cafe\u0301");
        QTest::newRow("composed upper vs decomposed")
            << QStringLiteral("CAF\u00c9") << QStringLiteral("cafe\u0301");
        QTest::newRow("ligature") << QStringLiteral("\ufb01le") << QStringLiteral("file");
        QTest::newRow("greek final sigma")
            << QStringLiteral("\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3")
            << QStringLiteral("\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2");
    }

    void sameUserName()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const auto first = UserName::fromTyped(a);
        const auto second = UserName::fromTyped(b);
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(first.value().key(), second.value().key());
    }

    void differentUserNames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("one letter") << QStringLiteral("alice") << QStringLiteral("alicia");
        QTest::newRow("inner space") << QStringLiteral("a lice") << QStringLiteral("alice");
        QTest::newRow("accent") << QStringLiteral("cafe") << QStringLiteral("caf\u00e9");
        QTest::newRow("digits") << QStringLiteral("user1") << QStringLiteral("user2");
    }

    void differentUserNames()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(UserName::fromTyped(a).value().key() != UserName::fromTyped(b).value().key());
    }

    void displayFormIsTrimmedAndNormalised()
    {
        const auto name = UserName::fromTyped(QStringLiteral("  Jos\u0065\u0301   Smith \t"));
        // The tab is a control character: refused, not silently dropped.
        QVERIFY(!name.ok());
        const auto clean = UserName::fromTyped(QStringLiteral("  Jose\u0301   Smith  "));
        QVERIFY(clean.ok());
        QCOMPARE(clean.value().display(), QStringLiteral("Jos\u00e9 Smith"));
        QCOMPARE(clean.value().key(), QStringLiteral("jos\u00e9 smith"));
    }

    void hostileUserNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("messagePart"); // empty: accepted
        const QString empty = QStringLiteral("Enter a user name.");
        const QString control = QStringLiteral("control characters");
        const QString tooLong = QStringLiteral("at most 64 characters");
        QTest::newRow("empty") << QString() << empty;
        QTest::newRow("spaces only") << QStringLiteral("     ") << empty;
        QTest::newRow("ideographic space only") << QStringLiteral("\u3000\u3000") << empty;
        QTest::newRow("tab") << QStringLiteral("ali\tce") << control;
        QTest::newRow("newline") << QStringLiteral("alice\n") << control;
        QTest::newRow("NUL") << QStringLiteral("ali") + QChar(0) + QStringLiteral("ce") << control;
        QTest::newRow("escape") << QStringLiteral("\x1b[31malice") << control;
        QTest::newRow("DEL") << QStringLiteral("alice\x7f") << control;
        QTest::newRow("zero-width space") << QStringLiteral("ali\u200bce") << control;
        QTest::newRow("right-to-left override") << QStringLiteral("\u202ecilA") << control;
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << control;
        QTest::newRow("private use") << QStringLiteral("a\ue000b") << control;
        QTest::newRow("lone high surrogate") << QStringLiteral("a") + QChar(0xd800) << control;
        QTest::newRow("lone low surrogate") << QChar(0xdc00) + QStringLiteral("a") << control;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << tooLong;
        QTest::newRow("10k characters") << QString(10000, QLatin1Char('x')) << tooLong;
        QTest::newRow("1M characters") << QString(1000000, QLatin1Char('x')) << tooLong;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << QString();
        QTest::newRow("64 emoji") << QString(64, QLatin1Char('a'))
                                         .replace(QLatin1String("a"), QStringLiteral("\U0001F600"))
                                  << QString();
        QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE accounts;--") << QString();
        QTest::newRow("quotes and percent") << QStringLiteral("\"%s%n\\x00") << QString();
        QTest::newRow("non-Latin") << QStringLiteral("\u5f20\u4f1f") << QString();
    }

    void hostileUserNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, messagePart);
        const auto name = UserName::fromTyped(typed);
        if (messagePart.isEmpty()) {
            QVERIFY2(name.ok(), qPrintable(name.ok() ? QString() : name.error().userMessage));
            return;
        }
        QVERIFY(!name.ok());
        QCOMPARE(name.error().kind, AppError::Kind::InvalidInput);
        QVERIFY2(name.error().userMessage.contains(messagePart),
                 qPrintable(name.error().userMessage));
        // What was typed is not repeated in the detail that may reach a support log.
        QVERIFY(!name.error().technicalDetail.contains(QStringLiteral("ali")));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("messagePart"); // empty: accepted
        const QString ten = QStringLiteral("0123456789");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("10 more needed");
        QTest::newRow("9 characters") << ten.left(9) << ten.left(9)
                                      << QStringLiteral("at least 10 characters (1 more needed)");
        QTest::newRow("10 characters") << ten << ten << QString();
        QTest::newRow("10 spaces")
            << QString(10, QLatin1Char(' ')) << QString(10, QLatin1Char(' ')) << QString();
        QTest::newRow("9 emoji count as 9")
            << QString(9, QLatin1Char('a'))
                   .replace(QLatin1String("a"), QStringLiteral("\U0001F511"))
            << QString(9, QLatin1Char('a'))
                   .replace(QLatin1String("a"), QStringLiteral("\U0001F511"))
            << QStringLiteral("1 more needed");
        QTest::newRow("1024 characters")
            << QString(1024, QLatin1Char('p')) << QString(1024, QLatin1Char('p')) << QString();
        QTest::newRow("1025 characters")
            << QString(1025, QLatin1Char('p')) << QString(1025, QLatin1Char('p'))
            << QStringLiteral("at most 1024 characters");
        QTest::newRow("1M characters") << QString(1000000, QLatin1Char('p')) << QString()
                                       << QStringLiteral("at most 1024 characters");
        QTest::newRow("mismatch") << ten << ten + QStringLiteral("x")
                                  << QStringLiteral("not the same");
        QTest::newRow("mismatch by case")
            << QStringLiteral("abcdefghij") << QStringLiteral("ABCDEFGHIJ")
            << QStringLiteral("not the same");
        QTest::newRow("composed vs decomposed confirmation")
            << QStringLiteral("caf\u00e9-caf\u00e9-caf\u00e9")
            << QStringLiteral("cafe\u0301-cafe\u0301-cafe\u0301") << QString();
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, messagePart);
        const AppError error = PasswordPolicy::check(password, confirmation);
        if (messagePart.isEmpty()) {
            QVERIFY2(!error.isError(), qPrintable(error.userMessage));
            QVERIFY(PasswordPolicy::isPlausible(password));
            return;
        }
        QCOMPARE(error.kind, AppError::Kind::InvalidInput);
        QVERIFY2(error.userMessage.contains(messagePart), qPrintable(error.userMessage));
        // The password itself never appears in the error.
        if (!password.isEmpty())
            QVERIFY(!error.userMessage.contains(password)
                    && !error.technicalDetail.contains(password));
    }

    void throttleDelays_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("0") << 0 << qint64(0);
        QTest::newRow("4") << 4 << qint64(0);
        QTest::newRow("5") << 5 << qint64(30);
        QTest::newRow("6") << 6 << qint64(60);
        QTest::newRow("7") << 7 << qint64(120);
        QTest::newRow("9") << 9 << qint64(480);
        QTest::newRow("10 (capped)") << 10 << qint64(900);
        QTest::newRow("11") << 11 << qint64(900);
        QTest::newRow("1000") << 1000 << qint64(900);
        QTest::newRow("INT_MAX") << INT_MAX << qint64(900);
        QTest::newRow("negative") << -5 << qint64(0);
    }

    void throttleDelays()
    {
        QFETCH(int, failures);
        QFETCH(qint64, delay);
        QCOMPARE(SignInThrottle::delaySecondsAfter(failures), delay);
        const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
        const QDateTime until = SignInThrottle::lockedUntil(failures, now);
        QCOMPARE(until.isValid(), delay > 0);
        if (delay > 0)
            QCOMPARE(now.secsTo(until), delay);
    }

    void remainingIsCappedWhenTheClockWentBack()
    {
        const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(SignInThrottle::remainingSeconds(now.addSecs(30), now), qint64(30));
        QCOMPARE(SignInThrottle::remainingSeconds(now.addMSecs(1), now), qint64(1));
        QCOMPARE(SignInThrottle::remainingSeconds(now, now), qint64(0));
        QCOMPARE(SignInThrottle::remainingSeconds(now.addSecs(-5), now), qint64(0));
        QCOMPARE(SignInThrottle::remainingSeconds(QDateTime(), now), qint64(0));
        QCOMPARE(SignInThrottle::remainingSeconds(now.addYears(10), now), qint64(900));
    }

    void throttledMessageSaysWhen()
    {
        AppError e = SignInThrottle::throttledError(30);
        QCOMPARE(e.kind, AppError::Kind::Throttled);
        QVERIFY2(e.userMessage.contains(QStringLiteral("Try again in 30 second")),
                 qPrintable(e.userMessage));
        e = SignInThrottle::throttledError(600);
        QVERIFY2(e.userMessage.contains(QStringLiteral("Try again in 10 minute")),
                 qPrintable(e.userMessage));
        e = SignInThrottle::throttledError(121);
        QVERIFY2(e.userMessage.contains(QStringLiteral("3 minute")), qPrintable(e.userMessage));
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
