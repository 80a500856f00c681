#include "pkb/PatientDetails.h"

#include <QtTest>

Q_DECLARE_METATYPE(NhsNumber::Problem)

class TestNhsNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<NhsNumber::Problem>("problem");
        using P = NhsNumber::Problem;
        // The seeded patients' numbers.
        QTest::newRow("alice") << "9991566171" << P::None;
        QTest::newRow("zoe") << "9434765919" << P::None;
        QTest::newRow("gwen england") << "9449306060" << P::None;
        QTest::newRow("gwen wales") << "9434765870" << P::None;
        QTest::newRow("tom") << "9000000009" << P::None;
        QTest::newRow("check digit 11 gives 0") << "1000000060" << P::None;
        QTest::newRow("ivan: wrong check digit") << "9434765918" << P::CheckDigitMismatch;
        QTest::newRow("all zeros but last") << "0000000001" << P::CheckDigitMismatch;
        // 1*10 + 2*9 + ... + 9*2 = 210; 210 mod 11 = 1; 11 - 1 = 10: no number starting
        // 123456789 is valid, whatever its last digit.
        QTest::newRow("check digit would be 10") << "1234567890" << P::CheckDigitIsTen;
        QTest::newRow("check digit would be 10, any last") << "1234567891" << P::CheckDigitIsTen;
        QTest::newRow("spaces") << "999 156 6171" << P::None;
        QTest::newRow("hyphens") << "999-156-6171" << P::None;
        QTest::newRow("surrounding space") << "  9991566171 " << P::None;
        QTest::newRow("mixed separators") << "999 156-6171" << P::None;
        QTest::newRow("nine digits") << "999156617" << P::WrongLength;
        QTest::newRow("eleven digits") << "99915661710" << P::WrongLength;
        QTest::newRow("letters") << "99915661A1" << P::NotDigits;
        QTest::newRow("all letters") << "ABCDEFGHIJ" << P::NotDigits;
        QTest::newRow("dot separator") << "999.156.6171" << P::NotDigits;
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٩٩٩١٥٦٦١٧١") << P::NotDigits;
        QTest::newRow("fullwidth digits")
            << QString::fromUtf8("９９９１５６６１７１") << P::NotDigits;
        QTest::newRow("newline inside") << "99915\n66171" << P::NotDigits;
        QTest::newRow("empty") << "" << P::Empty;
        QTest::newRow("only separators") << " - - " << P::Empty;
    }

    void validation()
    {
        QFETCH(QString, raw);
        QFETCH(NhsNumber::Problem, problem);
        const NhsNumber number(raw);
        QCOMPARE(number.problem(), problem);
        QCOMPARE(number.isValid(), problem == NhsNumber::Problem::None);
        QCOMPARE(NhsNumber::isValid(raw), problem == NhsNumber::Problem::None);
        QCOMPARE(number.raw(), raw); // kept as given, valid or not
    }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("nine");
        QTest::addColumn<int>("check");
        QTest::newRow("943476591") << "943476591" << 9;
        QTest::newRow("999156617") << "999156617" << 1;
        QTest::newRow("900000000") << "900000000" << 9;
        QTest::newRow("944930606 (gwen)") << "944930606" << 0;
        QTest::newRow("remainder 0 gives 0") << "100000006" << 0;
        QTest::newRow("remainder 1 gives none") << "123456789" << -1;
        QTest::newRow("too short") << "12345678" << -1;
        QTest::newRow("not digits") << "12345678x" << -1;
    }

    void checkDigit()
    {
        QFETCH(QString, nine);
        QFETCH(int, check);
        QCOMPARE(NhsNumber::checkDigit(nine), check);
    }

    void formatting_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("plain") << "9991566171"
                               << "999 156 6171";
        QTest::newRow("already formatted") << "999 156 6171"
                                           << "999 156 6171";
        QTest::newRow("hyphens") << "943-476-5919"
                                 << "943 476 5919";
        QTest::newRow("invalid check digit still 3-3-4") << "9434765918"
                                                         << "943 476 5918";
        QTest::newRow("wrong length as given") << " 12345 "
                                               << "12345";
        QTest::newRow("letters as given") << "99915661A1"
                                          << "99915661A1";
    }

    void formatting()
    {
        QFETCH(QString, raw);
        QFETCH(QString, formatted);
        QCOMPARE(NhsNumber(raw).formatted(), formatted);
    }

    void nationalIdFlagsInvalidNhsNumbers()
    {
        const NationalId valid = NationalId::nhsNumberId(QStringLiteral("9991566171"));
        QVERIFY(valid.isNhsNumber);
        QVERIFY(!valid.isFlagged());
        QCOMPARE(valid.displayValue(), QStringLiteral("999 156 6171"));

        const NationalId invalid = NationalId::nhsNumberId(QStringLiteral("9434765918"));
        QVERIFY(invalid.isFlagged());
        QCOMPARE(invalid.value, QStringLiteral("9434765918"));
        QCOMPARE(invalid.displayValue(), QStringLiteral("943 476 5918"));

        // Not an NHS number: never validated, shown as given.
        const NationalId other {
            QStringLiteral("ABC 123"), QStringLiteral("CHI number"), {}, false
        };
        QVERIFY(!other.isFlagged());
        QCOMPARE(other.displayValue(), QStringLiteral("ABC 123"));
    }

    void nhsNumberNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isNhs");
        QTest::newRow("documented") << "NHS number" << true;
        QTest::newRow("case") << "nhs Number" << true;
        QTest::newRow("spacing") << " NHS  number " << true;
        QTest::newRow("CHI") << "CHI number" << false;
        QTest::newRow("empty") << "" << false;
    }

    void nhsNumberNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, isNhs);
        QCOMPARE(NationalId::isNhsNumberName(name), isNhs);
    }
};

QTEST_GUILESS_MAIN(TestNhsNumber)
#include "tst_nhsnumber.moc"
