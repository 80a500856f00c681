#include "auth/Pkce.h"
#include "auth/RandomToken.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

class TestPkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7636AppendixBVector()
    {
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QCOMPARE(Pkce::challengeS256(verifier),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QVERIFY(Pkce::isValidVerifier(verifier));
        QCOMPARE(Pkce::method(), QStringLiteral("S256"));
    }

    void verifierHasLengthAndCharset()
    {
        static const QRegularExpression charset(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
        for (int i = 0; i < 200; ++i) {
            const QString verifier = Pkce::createVerifier();
            QCOMPARE(verifier.size(), 43);
            QVERIFY2(charset.match(verifier).hasMatch(), qPrintable(verifier));
            QVERIFY(!verifier.contains(QLatin1Char('=')));
            QVERIFY(Pkce::isValidVerifier(verifier));
            const QString challenge = Pkce::challengeS256(verifier);
            QCOMPARE(challenge.size(), 43);
            QVERIFY(!challenge.contains(QLatin1Char('=')) && !challenge.contains(QLatin1Char('+'))
                    && !challenge.contains(QLatin1Char('/')));
        }
    }

    void verifiersAreUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(Pkce::createVerifier());
        QCOMPARE(seen.size(), 1000);
    }

    void verifierUsesAllBitsOfEntropy()
    {
        // 32 random bytes base64url-encoded decode back to 32 bytes; across many verifiers every
        // base64url symbol shows up (a stuck or biased source would not).
        QSet<QChar> symbols;
        for (int i = 0; i < 300; ++i) {
            const QString verifier = Pkce::createVerifier();
            QCOMPARE(
                QByteArray::fromBase64(verifier.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                32);
            for (const QChar c : verifier.left(42)) // the last symbol carries only 4 bits
                symbols.insert(c);
        }
        QCOMPARE(symbols.size(), 64);
    }

    void invalidVerifiersAreRejected_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::newRow("empty") << QString();
        QTest::newRow("42 chars") << QString(42, QLatin1Char('a'));
        QTest::newRow("129 chars") << QString(129, QLatin1Char('a'));
        QTest::newRow("plus") << QString(42, QLatin1Char('a')) + QLatin1Char('+');
        QTest::newRow("slash") << QString(42, QLatin1Char('a')) + QLatin1Char('/');
        QTest::newRow("padding") << QString(42, QLatin1Char('a')) + QLatin1Char('=');
        QTest::newRow("space") << QString(42, QLatin1Char('a')) + QLatin1Char(' ');
        QTest::newRow("non-ascii") << QString(42, QLatin1Char('a')) + QChar(0xe9);
    }
    void invalidVerifiersAreRejected()
    {
        QFETCH(QString, verifier);
        QVERIFY(!Pkce::isValidVerifier(verifier));
    }

    void boundaryVerifiersAreAccepted()
    {
        QVERIFY(Pkce::isValidVerifier(QString(43, QLatin1Char('~'))));
        QVERIFY(Pkce::isValidVerifier(QString(128, QLatin1Char('.'))));
    }

    void randomTokenLength_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("chars");
        QTest::newRow("16") << 16 << 22;
        QTest::newRow("32") << 32 << 43;
        QTest::newRow("64") << 64 << 86;
    }
    void randomTokenLength()
    {
        QFETCH(int, bytes);
        QFETCH(int, chars);
        const QString token = RandomToken::create(bytes);
        QCOMPARE(token.size(), chars);
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 bytes);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
