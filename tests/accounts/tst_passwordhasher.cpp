#include "accounts/PasswordHasher.h"

#include <QtTest>

// Argon2id through libsodium: format, verification, parameter upgrades.
class TestPasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashIsArgon2idWithTheGivenLimits()
    {
        const PasswordHasher hasher(PasswordHashLimits::minimum());
        const auto hash = hasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY(hash.ok());
        QVERIFY2(hash.value().startsWith("$argon2id$v=19$m=8,t=1,p=1$"), hash.value().constData());
        QVERIFY(!hash.value().contains("correct"));
    }

    void sameInputGetsADifferentSalt()
    {
        const PasswordHasher hasher(PasswordHashLimits::minimum());
        const QString password = QStringLiteral("correct horse battery");
        const QByteArray a = hasher.hash(password).value();
        const QByteArray b = hasher.hash(password).value();
        QVERIFY(a != b);
        QVERIFY(hasher.verify(a, password));
        QVERIFY(hasher.verify(b, password));
    }

    void verify_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same") << QStringLiteral("Tr0ub4dor&3 \u00e9t\u00e9") << true;
        QTest::newRow("decomposed form") << QStringLiteral("Tr0ub4dor&3 e\u0301te\u0301") << true;
        QTest::newRow("other case") << QStringLiteral("tr0ub4dor&3 \u00e9t\u00e9") << false;
        QTest::newRow("trailing space") << QStringLiteral("Tr0ub4dor&3 \u00e9t\u00e9 ") << false;
        QTest::newRow("prefix") << QStringLiteral("Tr0ub4dor&3") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("with NUL") << QStringLiteral("Tr0ub4dor&3 \u00e9t\u00e9") + QChar(0)
                                  << false;
    }

    void verify()
    {
        QFETCH(QString, attempt);
        QFETCH(bool, accepted);
        const PasswordHasher hasher(PasswordHashLimits::minimum());
        const QByteArray hash = hasher.hash(QStringLiteral("Tr0ub4dor&3 \u00e9t\u00e9")).value();
        QCOMPARE(hasher.verify(hash, attempt), accepted);
    }

    void hostileStoredHashes_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a hash");
        QTest::newRow("argon2i") << QByteArray("$argon2i$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA");
        QTest::newRow("truncated") << QByteArray("$argon2id$v=19$m=8,t=1,p=1$");
        QTest::newRow("huge memory") << QByteArray("$argon2id$v=19$m=4294967295,t=1,p=1$"
                                                   "c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA");
        QTest::newRow("many passes") << QByteArray("$argon2id$v=19$m=8,t=100000000,p=1$"
                                                   "c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA");
        QTest::newRow("no digits") << QByteArray("$argon2id$v=19$m=,t=1,p=1$"
                                                 "c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA");
        QTest::newRow("overlong") << QByteArray(4096, '$');
    }

    void hostileStoredHashes()
    {
        QFETCH(QByteArray, stored);
        const PasswordHasher hasher(PasswordHashLimits::minimum());
        QVERIFY(!hasher.verify(stored, QStringLiteral("anything at all")));
        QVERIFY(hasher.needsRehash(stored));
    }

    void needsRehashWhenLimitsDiffer()
    {
        const PasswordHasher weak(PasswordHashLimits::minimum());
        const PasswordHasher stronger(PasswordHashLimits { 2, 16 * 1024 });
        const QString password = QStringLiteral("correct horse battery");
        const QByteArray weakHash = weak.hash(password).value();
        QVERIFY(!weak.needsRehash(weakHash));
        QVERIFY(stronger.needsRehash(weakHash));
        // An old hash still verifies under the new limits: they are read from the string.
        QVERIFY(stronger.verify(weakHash, password));
        const QByteArray strongHash = stronger.hash(password).value();
        QVERIFY2(strongHash.startsWith("$argon2id$v=19$m=16,t=2,p=1$"), strongHash.constData());
        QVERIFY(!stronger.needsRehash(strongHash));
    }

    // The one run with the real parameters (about 0.1 s each way).
    void productionLimits()
    {
        const PasswordHashLimits limits = PasswordHashLimits::production();
        QCOMPARE(limits.opsLimit, 2ULL);
        QCOMPARE(limits.memLimit, std::size_t(64) * 1024 * 1024);
        const PasswordHasher hasher;
        QCOMPARE(hasher.limits(), limits);
        const auto hash = hasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY(hash.ok());
        QVERIFY2(hash.value().startsWith("$argon2id$v=19$m=65536,t=2,p=1$"),
                 hash.value().constData());
        QVERIFY(hasher.verify(hash.value(), QStringLiteral("correct horse battery")));
        QVERIFY(!hasher.needsRehash(hash.value()));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
