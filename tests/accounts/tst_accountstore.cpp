#include "RawDatabase.h"

#include "accounts/AccountJob.h"
#include "accounts/AccountSchema.h"
#include "accounts/AccountStore.h"
#include "accounts/PasswordHasher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QString kWrongCredentials = QStringLiteral("The user name or password is not right.");
const QString kTaken =
    QStringLiteral("That user name is already used on this computer. Choose another, or sign in.");

// The version 1 schema as the first release wrote it, by hand (not through AccountSchema).
const char *const kVersion1Schema[] = {
    "CREATE TABLE accounts (app_user_id TEXT PRIMARY KEY NOT NULL, user_name TEXT NOT NULL,"
    " user_key TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, password_hash TEXT NOT NULL,"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE retired_user_ids (app_user_id TEXT PRIMARY KEY NOT NULL,"
    " retired_at INTEGER NOT NULL)",
    "PRAGMA user_version = 1",
};

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;

    QString path() const { return AccountStore::databaseFileIn(m_dir->path()); }

    std::unique_ptr<AccountStore> makeStore(const QString &file = {})
    {
        auto store = std::make_unique<AccountStore>(file.isEmpty() ? path() : file);
        store->setPasswordHashLimits(PasswordHashLimits::minimum());
        store->setClock([this] { return m_now; });
        return store;
    }

    std::unique_ptr<AccountStore> openStore()
    {
        auto store = makeStore();
        const Status opened = store->open();
        if (!opened.ok())
            qWarning("open failed: %s", qPrintable(opened.error().technicalDetail));
        return opened.ok() ? std::move(store) : nullptr;
    }

    static Account create(AccountStore &store, const QString &name,
                          const QString &password = kPassword)
    {
        const auto made = store.createAccount(name, QString(), password, password);
        if (!made.ok())
            qWarning("create failed: %s", qPrintable(made.error().userMessage));
        return made.ok() ? made.value() : Account();
    }

    static LinkRecord sampleLink(const QString &appUserId, const QString &pkbUserId)
    {
        LinkRecord record;
        record.appUserId = appUserId;
        record.environmentId = QStringLiteral("sandbox");
        record.pkbPublicId = QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316");
        record.pkbUserId = pkbUserId;
        record.linkedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15, 250), QTimeZone::utc());
        record.state = LinkRecordState::Linked;
        return record;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    }

    void createAndSignIn()
    {
        auto store = openStore();
        QVERIFY(store);
        QSignalSpy changed(store.get(), &AccountStore::accountsChanged);
        const auto made = store->createAccount(QStringLiteral("  Alice  "),
                                               QStringLiteral("Alice Smith"), kPassword, kPassword);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().userMessage));
        QCOMPARE(changed.count(), 1);
        const Account &account = made.value();
        QCOMPARE(account.userName, QStringLiteral("Alice"));
        QCOMPARE(account.displayName, QStringLiteral("Alice Smith"));
        QCOMPARE(account.createdAt, m_now);
        const QUuid id = QUuid::fromString(account.appUserId);
        QVERIFY(!id.isNull());
        QCOMPARE(id.version(), QUuid::Random);
        QCOMPARE(account.appUserId, id.toString(QUuid::WithoutBraces));

        const auto signedIn = store->signIn(QStringLiteral("alice"), kPassword);
        QVERIFY(signedIn.ok());
        QCOMPARE(signedIn.value().appUserId, account.appUserId);
        QCOMPARE(signedIn.value().userName, account.userName);
        QCOMPARE(signedIn.value().createdAt, account.createdAt);

        const auto fetched = store->account(account.appUserId);
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().displayName, account.displayName);
        // Braces and upper case name the same account.
        QVERIFY(store->account(QUuid::fromString(account.appUserId).toString().toUpper()).ok());
    }

    void displayNameDefaultsToUserName()
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(create(*store, QStringLiteral("bob")).displayName, QStringLiteral("bob"));
        const auto bad = store->createAccount(QStringLiteral("carol"), QStringLiteral("Carol\n"),
                                              kPassword, kPassword);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, AppError::Kind::InvalidInput);
        QVERIFY(bad.error().userMessage.contains(QStringLiteral("display name")));
        const auto longName = store->createAccount(
            QStringLiteral("carol"), QString(101, QLatin1Char('c')), kPassword, kPassword);
        QVERIFY(!longName.ok());
    }

    void accountsListIsSortedAndHasNamesOnly()
    {
        auto store = openStore();
        QVERIFY(store);
        create(*store, QStringLiteral("zoe"));
        create(*store, QStringLiteral("Adam"));
        create(*store, QStringLiteral("mia"));
        const auto list = store->accounts();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 3);
        QCOMPARE(list.value().at(0).userName, QStringLiteral("Adam"));
        QCOMPARE(list.value().at(1).userName, QStringLiteral("mia"));
        QCOMPARE(list.value().at(2).userName, QStringLiteral("zoe"));
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        auto store = openStore();
        QVERIFY(store);
        create(*store, QStringLiteral("alice"));
        const auto wrong = store->signIn(QStringLiteral("alice"), kPassword + QStringLiteral("!"));
        const auto unknown = store->signIn(QStringLiteral("mallory"), kPassword);
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QCOMPARE(wrong.error().kind, AppError::Kind::InvalidInput);
        QCOMPARE(unknown.error().kind, wrong.error().kind);
        QCOMPARE(wrong.error().userMessage, kWrongCredentials);
        QCOMPARE(unknown.error().userMessage, kWrongCredentials);
        QCOMPARE(unknown.error().technicalDetail, wrong.error().technicalDetail);
        // Hopeless input gets the same answer too.
        QCOMPARE(store->signIn(QStringLiteral("ali\nce"), kPassword).error().userMessage,
                 kWrongCredentials);
        QCOMPARE(
            store->signIn(QStringLiteral("alice"), QStringLiteral("short")).error().userMessage,
            kWrongCredentials);
        QCOMPARE(store->signIn(QStringLiteral("alice"), QString(100000, QLatin1Char('x')))
                     .error()
                     .userMessage,
                 kWrongCredentials);
        QVERIFY(store->signIn(QStringLiteral("  "), kPassword)
                    .error()
                    .userMessage.contains(QStringLiteral("user name")));
        QVERIFY(store->signIn(QStringLiteral("alice"), QString())
                    .error()
                    .userMessage.contains(QStringLiteral("password")));
    }

    // Without the dummy verification an unknown name answers about 1000 times faster.
    void unknownUserCostsAboutAsMuchAsAWrongPassword()
    {
        auto store = makeStore();
        store->setPasswordHashLimits(PasswordHashLimits { 2, 32 * 1024 * 1024 });
        QVERIFY(store->open().ok());
        create(*store, QStringLiteral("alice"));
        const auto median = [&](const QString &name) {
            QList<qint64> times;
            for (int i = 0; i < 3; ++i) { // 3 failures stay below the throttle
                QElapsedTimer timer;
                timer.start();
                (void)store->signIn(name, QStringLiteral("wrong password!"));
                times.append(timer.nsecsElapsed());
            }
            std::sort(times.begin(), times.end());
            return times.at(1);
        };
        const qint64 unknown = median(QStringLiteral("mallory"));
        const qint64 known = median(QStringLiteral("alice"));
        qDebug("unknown user %lld us, wrong password %lld us", unknown / 1000, known / 1000);
        QVERIFY2(unknown * 5 > known,
                 qPrintable(QStringLiteral("unknown %1 ns, known %2 ns").arg(unknown).arg(known)));
    }

    void sameUserNameIsTaken_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("Alice vs alice") << QStringLiteral("Alice") << QStringLiteral("alice");
        QTest::newRow("alice vs ' ALICE '") << QStringLiteral("alice") << QStringLiteral(" ALICE ");
        QTest::newRow("fullwidth") << QStringLiteral("\uff46\uff55\uff4c\uff4c\uff57\uff49\uff44"
                                                     "\uff54\uff48")
                                   << QStringLiteral("fullwidth");
        QTest::newRow("composed vs decomposed e-acute")
            << QStringLiteral("Ren\u00e9e") << QStringLiteral("rene\u0301e");
        QTest::newRow("ligature fi") << QStringLiteral("\ufb01ona") << QStringLiteral("fiona");
    }

    void sameUserNameIsTaken()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        auto store = openStore();
        QVERIFY(store);
        const Account account = create(*store, first);
        QVERIFY(account.isValid());
        const auto again = store->createAccount(second, QString(), kPassword, kPassword);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, AppError::Kind::InvalidInput);
        QCOMPARE(again.error().userMessage, kTaken);
        // The other spelling signs in to the same account.
        const auto signedIn = store->signIn(second, kPassword);
        QVERIFY(signedIn.ok());
        QCOMPARE(signedIn.value().appUserId, account.appUserId);
        QCOMPARE(store->accounts().value().size(), 1);
    }

    void takenAcrossTwoInstances()
    {
        auto kiosk1 = openStore();
        auto kiosk2 = openStore();
        QVERIFY(kiosk1 && kiosk2);
        create(*kiosk1, QStringLiteral("alice"));
        const auto again =
            kiosk2->createAccount(QStringLiteral("ALICE"), QString(), kPassword, kPassword);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().userMessage, kTaken);
        QVERIFY(kiosk2->signIn(QStringLiteral("Alice"), kPassword).ok());
    }

    void hostileNamesAreStoredLiterally_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE accounts;--");
        QTest::newRow("SQL 2") << QStringLiteral("x' OR '1'='1");
        QTest::newRow("LIKE wildcards") << QStringLiteral("%_%");
        QTest::newRow("quotes") << QStringLiteral("\"alice\"");
        QTest::newRow("emoji") << QStringLiteral("\U0001F600 smile");
    }

    void hostileNamesAreStoredLiterally()
    {
        QFETCH(QString, name);
        auto store = openStore();
        QVERIFY(store);
        create(*store, QStringLiteral("alice"));
        const Account account = create(*store, name);
        QVERIFY(account.isValid());
        QCOMPARE(account.userName, name);
        const auto list = store->accounts();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 2);
        QVERIFY(std::any_of(list.value().cbegin(), list.value().cend(),
                            [&](const AccountSummary &s) { return s.userName == name; }));
        QCOMPARE(store->signIn(name, kPassword).value().appUserId, account.appUserId);
        QVERIFY(store->signIn(QStringLiteral("alice"), kPassword).ok());
        QVERIFY(!store->signIn(QStringLiteral("x' OR '1'='2"), kPassword).ok());
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a user name");
        QTest::newRow("whitespace only")
            << QStringLiteral(" \u00a0 ") << QStringLiteral("Enter a user name");
        QTest::newRow("control characters")
            << QStringLiteral("al\x01ice") << QStringLiteral("control characters");
        QTest::newRow("bidi override")
            << QStringLiteral("\u202enimda") << QStringLiteral("control characters");
        QTest::newRow("10k characters")
            << QString(10000, QLatin1Char('a')) << QStringLiteral("at most 64 characters");
    }

    void hostileNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, messagePart);
        auto store = openStore();
        QVERIFY(store);
        const auto made = store->createAccount(name, QString(), kPassword, kPassword);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().kind, AppError::Kind::InvalidInput);
        QVERIFY2(made.error().userMessage.contains(messagePart),
                 qPrintable(made.error().userMessage));
        QCOMPARE(store->accounts().value().size(), 0);
    }

    void passwordPolicyMessages_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("message");
        QTest::newRow("too short") << QStringLiteral("abcdefg") << QStringLiteral("abcdefg")
                                   << QStringLiteral("The password is too short: use at least 10 "
                                                     "characters (3 more needed).");
        QTest::newRow("too long") << QString(1025, QLatin1Char('a'))
                                  << QString(1025, QLatin1Char('a'))
                                  << QStringLiteral("The password is too long: use at most 1024 "
                                                    "characters.");
        QTest::newRow("mismatch") << kPassword << kPassword.toUpper()
                                  << QStringLiteral("The two passwords are not the same. Type the "
                                                    "same password in both fields.");
    }

    void passwordPolicyMessages()
    {
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, message);
        auto store = openStore();
        QVERIFY(store);
        const auto made =
            store->createAccount(QStringLiteral("alice"), QString(), password, confirmation);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().kind, AppError::Kind::InvalidInput);
        QCOMPARE(made.error().userMessage, message);
        QCOMPARE(store->accounts().value().size(), 0);
    }

    void storedHashIsArgon2idAndNoPasswordInTheFile()
    {
        const QString secret = QStringLiteral("unique-secret-7f3a9c");
        {
            auto store = openStore();
            QVERIFY(store);
            create(*store, QStringLiteral("alice"), secret);
            QVERIFY(store->signIn(QStringLiteral("alice"), secret).ok());
        }
        RawDatabase raw(path());
        const QString hash =
            raw.value(QStringLiteral("SELECT password_hash FROM accounts")).toString();
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(PasswordHasher(PasswordHashLimits::minimum()).verify(hash.toLatin1(), secret));
        for (const QString &file : QStringList { path(), path() + QStringLiteral("-wal") }) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(secret.toUtf8()));
            QVERIFY(!bytes.contains(secret.toUtf8().toBase64()));
        }
    }

    void databaseSettings()
    {
        auto store = openStore();
        QVERIFY(store);
        RawDatabase raw(path());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 AccountSchema::currentVersion);
        create(*store, QStringLiteral("alice"));
        for (const QString &file : QStringList { path(), path() + QStringLiteral("-wal") }) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            const QFile::Permissions permissions = QFile::permissions(file);
            QVERIFY(permissions & QFile::ReadOwner);
            QVERIFY2(
                !(permissions
                  & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
                qPrintable(file));
        }
    }

    void rehashWhenLimitsAreRaised()
    {
        QString id;
        {
            auto old = openStore(); // minimum limits: "an older release"
            QVERIFY(old);
            id = create(*old, QStringLiteral("alice")).appUserId;
        }
        RawDatabase raw(path());
        const QString before =
            raw.value(QStringLiteral("SELECT password_hash FROM accounts")).toString();
        QVERIFY2(before.startsWith(QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$")),
                 qPrintable(before));

        const PasswordHashLimits raised { 2, 16 * 1024 };
        auto store = makeStore();
        store->setPasswordHashLimits(raised);
        QVERIFY(store->open().ok());
        const auto signedIn = store->signIn(QStringLiteral("alice"), kPassword);
        QVERIFY(signedIn.ok());
        QCOMPARE(signedIn.value().appUserId, id);
        const QString after =
            raw.value(QStringLiteral("SELECT password_hash FROM accounts")).toString();
        QVERIFY(after != before);
        QVERIFY2(after.startsWith(QStringLiteral("$argon2id$v=19$m=16,t=2,p=1$")),
                 qPrintable(after));
        QVERIFY(PasswordHasher(raised).verify(after.toLatin1(), kPassword));
        QVERIFY(!PasswordHasher(raised).needsRehash(after.toLatin1()));
        QVERIFY(store->signIn(QStringLiteral("alice"), kPassword).ok());
        // Unchanged limits: the hash stays as it is.
        QCOMPARE(raw.value(QStringLiteral("SELECT password_hash FROM accounts")).toString(), after);
        // A wrong password never rewrites the hash.
        QVERIFY(!store->signIn(QStringLiteral("alice"), QStringLiteral("wrong password")).ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT password_hash FROM accounts")).toString(), after);
    }

    void throttling()
    {
        auto store = openStore();
        QVERIFY(store);
        create(*store, QStringLiteral("alice"));
        const QString wrong = QStringLiteral("wrong password");
        for (int i = 0; i < 5; ++i) {
            const auto attempt = store->signIn(QStringLiteral("alice"), wrong);
            QCOMPARE(attempt.error().kind, AppError::Kind::InvalidInput);
        }
        // Locked for 30 s: even the right password waits, and says when to try again.
        auto locked = store->signIn(QStringLiteral("alice"), kPassword);
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().kind, AppError::Kind::Throttled);
        QVERIFY2(locked.error().userMessage.contains(QStringLiteral("Try again in 30 second")),
                 qPrintable(locked.error().userMessage));
        m_now = m_now.addSecs(20);
        locked = store->signIn(QStringLiteral("alice"), kPassword);
        QVERIFY(locked.error().userMessage.contains(QStringLiteral("Try again in 10 second")));

        // Persisted: a new instance (an app restart) is still locked.
        store.reset();
        store = openStore();
        QVERIFY(store);
        QCOMPARE(store->signIn(QStringLiteral("alice"), kPassword).error().kind,
                 AppError::Kind::Throttled);
        // Other accounts are not affected.
        create(*store, QStringLiteral("bob"));
        QVERIFY(store->signIn(QStringLiteral("bob"), kPassword).ok());

        // After the delay, another failure doubles it.
        m_now = m_now.addSecs(11);
        QCOMPARE(store->signIn(QStringLiteral("alice"), wrong).error().kind,
                 AppError::Kind::InvalidInput);
        locked = store->signIn(QStringLiteral("alice"), kPassword);
        QVERIFY2(locked.error().userMessage.contains(QStringLiteral("60 second")),
                 qPrintable(locked.error().userMessage));

        // Success resets the count: four more failures are free again.
        m_now = m_now.addSecs(61);
        QVERIFY(store->signIn(QStringLiteral("alice"), kPassword).ok());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(store->signIn(QStringLiteral("alice"), wrong).error().kind,
                     AppError::Kind::InvalidInput);
        QVERIFY(store->signIn(QStringLiteral("alice"), kPassword).ok());
    }

    void throttleIsCappedAndSurvivesClockChanges()
    {
        auto store = openStore();
        QVERIFY(store);
        create(*store, QStringLiteral("alice"));
        for (int i = 0; i < 12; ++i) {
            (void)store->signIn(QStringLiteral("alice"), QStringLiteral("wrong password"));
            m_now = m_now.addSecs(16 * 60); // past every lock
        }
        (void)store->signIn(QStringLiteral("alice"), QStringLiteral("wrong password"));
        auto locked = store->signIn(QStringLiteral("alice"), kPassword);
        QVERIFY2(locked.error().userMessage.contains(QStringLiteral("15 minute")),
                 qPrintable(locked.error().userMessage));
        // The clock goes back a year: the wait is still at most 15 minutes.
        m_now = m_now.addYears(-1);
        locked = store->signIn(QStringLiteral("alice"), kPassword);
        QCOMPARE(locked.error().kind, AppError::Kind::Throttled);
        QVERIFY(locked.error().userMessage.contains(QStringLiteral("15 minute")));
    }

    void changePassword()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString id = create(*store, QStringLiteral("alice")).appUserId;
        const QString next = QStringLiteral("a brand new password");
        Status changed = store->changePassword(id, QStringLiteral("not the password"), next, next);
        QCOMPARE(changed.error().kind, AppError::Kind::InvalidInput);
        QCOMPARE(changed.error().userMessage, QStringLiteral("The current password is not right."));
        changed =
            store->changePassword(id, kPassword, QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(changed.error().userMessage.contains(QStringLiteral("too short")));
        changed = store->changePassword(id, kPassword, next, next + QStringLiteral("x"));
        QVERIFY(changed.error().userMessage.contains(QStringLiteral("not the same")));
        QVERIFY(store->signIn(QStringLiteral("alice"), kPassword).ok());

        changed = store->changePassword(id, kPassword, next, next);
        QVERIFY(changed.ok());
        QCOMPARE(store->signIn(QStringLiteral("alice"), kPassword).error().userMessage,
                 kWrongCredentials);
        QVERIFY(store->signIn(QStringLiteral("alice"), next).ok());
        QCOMPARE(store->changePassword(QUuid::createUuid().toString(), next, kPassword, kPassword)
                     .error()
                     .kind,
                 AppError::Kind::NotFound);
    }

    void changePasswordIsThrottled()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString id = create(*store, QStringLiteral("alice")).appUserId;
        const QString next = QStringLiteral("a brand new password");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(store
                         ->changePassword(id, QStringLiteral("guess number ") + QString::number(i),
                                          next, next)
                         .error()
                         .kind,
                     AppError::Kind::InvalidInput);
        QCOMPARE(store->changePassword(id, kPassword, next, next).error().kind,
                 AppError::Kind::Throttled);
        QCOMPARE(store->signIn(QStringLiteral("alice"), kPassword).error().kind,
                 AppError::Kind::Throttled);
    }

    void deleteAccount()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString id = create(*store, QStringLiteral("alice")).appUserId;
        const QString bobId = create(*store, QStringLiteral("bob")).appUserId;
        QVERIFY(store->saveLinkRecord(sampleLink(id, QStringLiteral("7329844"))).ok());
        QSignalSpy changed(store.get(), &AccountStore::accountsChanged);

        QVERIFY(store->deleteAccount(id).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store->account(id).error().kind, AppError::Kind::NotFound);
        QCOMPARE(store->linkRecord(id).error().kind, AppError::Kind::NotFound);
        QCOMPARE(store->signIn(QStringLiteral("alice"), kPassword).error().userMessage,
                 kWrongCredentials);
        QCOMPARE(store->accounts().value().size(), 1);
        QCOMPARE(store->deleteAccount(id).error().kind, AppError::Kind::NotFound);
        QVERIFY(store->account(bobId).ok());

        RawDatabase raw(path());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM link_records")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM retired_user_ids WHERE "
                                          "app_user_id = ?"),
                           { id })
                     .toInt(),
                 1);
        // The name is free again; the id is not.
        const Account again = create(*store, QStringLiteral("Alice"));
        QVERIFY(again.isValid());
        QVERIFY(again.appUserId != id);
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO accounts (app_user_id, user_name, user_key, "
                                         "display_name, password_hash, created_at) VALUES "
                                         "(?, 'x', 'x', 'x', 'x', 0)"),
                          { id }));
        QVERIFY(raw.lastError().contains(QStringLiteral("retired")));
    }

    void twoAccountsAreIsolated()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString a = create(*store, QStringLiteral("alice")).appUserId;
        const QString b = create(*store, QStringLiteral("bob")).appUserId;
        QVERIFY(store->saveLinkRecord(sampleLink(a, QStringLiteral("111"))).ok());
        QCOMPARE(store->linkRecord(b).value().state, LinkRecordState::NotLinked);
        LinkRecord forB = sampleLink(b, QStringLiteral("222"));
        forB.pkbPublicId = QStringLiteral("2e5b9c3e-0000-4000-8000-000000000002");
        QVERIFY(store->saveLinkRecord(forB).ok());
        QVERIFY(store->setLinkRecordState(a, LinkRecordState::GrantAgain).ok());
        QCOMPARE(store->linkRecord(a).value().state, LinkRecordState::GrantAgain);
        QCOMPARE(store->linkRecord(b).value().state, LinkRecordState::Linked);
        QCOMPARE(store->linkRecord(a).value().pkbUserId, QStringLiteral("111"));
        QCOMPARE(store->linkRecord(b).value().pkbUserId, QStringLiteral("222"));
        QVERIFY(store->removeLinkRecord(a).ok());
        QCOMPARE(store->linkRecord(a).value().state, LinkRecordState::NotLinked);
        QCOMPARE(store->linkRecord(b).value().pkbPublicId, forB.pkbPublicId);
        QVERIFY(store->deleteAccount(b).ok());
        QVERIFY(store->account(a).ok());
        QVERIFY(store->signIn(QStringLiteral("alice"), kPassword).ok());
    }

    void linkRecordRoundTrip()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString id = create(*store, QStringLiteral("alice")).appUserId;
        const auto empty = store->linkRecord(id);
        QVERIFY(empty.ok());
        QCOMPARE(empty.value().appUserId, id);
        QCOMPARE(empty.value().state, LinkRecordState::NotLinked);
        QVERIFY(empty.value().pkbPublicId.isEmpty());

        QSignalSpy changed(store.get(), &AccountStore::linkRecordChanged);
        LinkRecord record = sampleLink(id, QStringLiteral("7329844"));
        record.pkbPublicId = record.pkbPublicId.toUpper(); // stored canonical
        QVERIFY(store->saveLinkRecord(record).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), id);
        auto read = store->linkRecord(id);
        QVERIFY(read.ok());
        QCOMPARE(read.value().environmentId, QStringLiteral("sandbox"));
        QCOMPARE(read.value().pkbPublicId, QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316"));
        QCOMPARE(read.value().pkbUserId, QStringLiteral("7329844"));
        QCOMPARE(read.value().linkedAt, record.linkedAt);
        QCOMPARE(read.value().linkedAt.timeSpec(), Qt::UTC);
        QCOMPARE(read.value().state, LinkRecordState::Linked);

        // Upsert: one record per account, replaced.
        LinkRecord restOnly;
        restOnly.appUserId = id;
        restOnly.environmentId = QStringLiteral("local");
        restOnly.pkbUserId = QStringLiteral("42");
        restOnly.state = LinkRecordState::Linked;
        QVERIFY(store->saveLinkRecord(restOnly).ok());
        read = store->linkRecord(id);
        QCOMPARE(read.value().environmentId, QStringLiteral("local"));
        QVERIFY(read.value().pkbPublicId.isEmpty());
        QCOMPARE(read.value().linkedAt, m_now); // invalid linkedAt: now
        RawDatabase raw(path());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM link_records")).toInt(), 1);

        QVERIFY(store->setLinkRecordState(id, LinkRecordState::GrantAgain).ok());
        QCOMPARE(store->linkRecord(id).value().state, LinkRecordState::GrantAgain);
        QCOMPARE(store->linkRecord(id).value().pkbUserId, QStringLiteral("42"));
        QVERIFY(store->removeLinkRecord(id).ok());
        QCOMPARE(store->linkRecord(id).value().state, LinkRecordState::NotLinked);
        QVERIFY(store->removeLinkRecord(id).ok()); // nothing to remove is fine
        QCOMPARE(store->setLinkRecordState(id, LinkRecordState::Linked).error().kind,
                 AppError::Kind::NotFound);
        QVERIFY(store->setLinkRecordState(id, LinkRecordState::NotLinked).ok());
    }

    void invalidLinkRecords_data()
    {
        QTest::addColumn<QString>("environmentId");
        QTest::addColumn<QString>("publicId");
        QTest::addColumn<QString>("userId");
        QTest::newRow("no environment")
            << QString() << QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316") << QString();
        QTest::newRow("public id not a UUID")
            << QStringLiteral("sandbox") << QStringLiteral("Patient/123") << QString();
        QTest::newRow("SQL in user id") << QStringLiteral("sandbox") << QString()
                                        << QStringLiteral("1'; DROP TABLE link_records;--");
        QTest::newRow("user id with space")
            << QStringLiteral("sandbox") << QString() << QStringLiteral("73 29");
        QTest::newRow("user id too long")
            << QStringLiteral("sandbox") << QString() << QString(65, QLatin1Char('7'));
        QTest::newRow("no PKB id") << QStringLiteral("sandbox") << QString() << QString();
        QTest::newRow("environment with newline")
            << QStringLiteral("sand\nbox") << QString() << QStringLiteral("7");
    }

    void invalidLinkRecords()
    {
        QFETCH(QString, environmentId);
        QFETCH(QString, publicId);
        QFETCH(QString, userId);
        auto store = openStore();
        QVERIFY(store);
        const QString id = create(*store, QStringLiteral("alice")).appUserId;
        LinkRecord record;
        record.appUserId = id;
        record.environmentId = environmentId;
        record.pkbPublicId = publicId;
        record.pkbUserId = userId;
        record.state = LinkRecordState::Linked;
        const Status saved = store->saveLinkRecord(record);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, AppError::Kind::InvalidInput);
        QCOMPARE(store->linkRecord(id).value().state, LinkRecordState::NotLinked);
    }

    void hostileAppUserIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("not a uuid") << QStringLiteral("alice");
        QTest::newRow("SQL") << QStringLiteral("' OR 1=1;--");
        QTest::newRow("unknown uuid") << QUuid::createUuid().toString();
        QTest::newRow("nil uuid") << QUuid().toString();
        QTest::newRow("huge") << QString(100000, QLatin1Char('f'));
    }

    void hostileAppUserIds()
    {
        QFETCH(QString, id);
        auto store = openStore();
        QVERIFY(store);
        const QString real = create(*store, QStringLiteral("alice")).appUserId;
        QVERIFY(store->saveLinkRecord(sampleLink(real, QStringLiteral("1"))).ok());
        QCOMPARE(store->account(id).error().kind, AppError::Kind::NotFound);
        QCOMPARE(store->linkRecord(id).error().kind, AppError::Kind::NotFound);
        QCOMPARE(store->deleteAccount(id).error().kind, AppError::Kind::NotFound);
        QCOMPARE(store->removeLinkRecord(id).error().kind, AppError::Kind::NotFound);
        QCOMPARE(store->setLinkRecordState(id, LinkRecordState::GrantAgain).error().kind,
                 AppError::Kind::NotFound);
        QCOMPARE(store->saveLinkRecord(sampleLink(id, QStringLiteral("2"))).error().kind,
                 AppError::Kind::NotFound);
        QCOMPARE(store->accounts().value().size(), 1);
        QCOMPARE(store->linkRecord(real).value().pkbUserId, QStringLiteral("1"));
    }

    void migrationFromVersion1()
    {
        const QByteArray hash =
            PasswordHasher(PasswordHashLimits::minimum()).hash(kPassword).value();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString retired = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 created =
            QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5), QTimeZone::utc()).toMSecsSinceEpoch();
        {
            RawDatabase raw(path());
            for (const char *sql : kVersion1Schema)
                QVERIFY2(raw.exec(QString::fromLatin1(sql)), qPrintable(raw.lastError()));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO accounts VALUES (?, 'Alice', 'alice', "
                                            "'Alice Smith', ?, ?)"),
                             { id, QString::fromLatin1(hash), created }));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO retired_user_ids VALUES (?, 1)"),
                             { retired }));
        }
        auto store = openStore();
        QVERIFY(store);
        RawDatabase raw(path());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 AccountSchema::currentVersion);
        const auto account = store->signIn(QStringLiteral("ALICE"), kPassword);
        QVERIFY(account.ok());
        QCOMPARE(account.value().appUserId, id);
        QCOMPARE(account.value().displayName, QStringLiteral("Alice Smith"));
        QCOMPARE(account.value().createdAt.toMSecsSinceEpoch(), created);
        QCOMPARE(store->linkRecord(id).value().state, LinkRecordState::NotLinked);
        QVERIFY(store->saveLinkRecord(sampleLink(id, QStringLiteral("9"))).ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT failed_sign_ins FROM accounts")).toInt(), 0);
        // The retired id of version 1 stays retired.
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO accounts (app_user_id, user_name, user_key, "
                                         "display_name, password_hash, created_at) VALUES "
                                         "(?, 'x', 'x', 'x', 'x', 0)"),
                          { retired }));
        // Opening again is a no-op.
        store.reset();
        store = openStore();
        QVERIFY(store);
        QVERIFY(store->signIn(QStringLiteral("alice"), kPassword).ok());
    }

    void newerSchemaIsRefused()
    {
        {
            RawDatabase raw(path());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE accounts (x)")));
            QVERIFY(raw.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(AccountSchema::currentVersion + 1)));
        }
        auto store = makeStore();
        const Status opened = store->open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, AppError::Kind::Storage);
        QVERIFY2(opened.error().userMessage.contains(QStringLiteral("newer version")),
                 qPrintable(opened.error().userMessage));
        QVERIFY(!store->isOpen());
        QCOMPARE(store->accounts().error().kind, AppError::Kind::Storage);
        RawDatabase raw(path());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 AccountSchema::currentVersion + 1);
    }

    void foreignDatabaseIsRefused()
    {
        {
            RawDatabase raw(path());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
        }
        auto store = makeStore();
        const Status opened = store->open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, AppError::Kind::Storage);
        RawDatabase raw(path());
        QCOMPARE(raw.value(QStringLiteral("SELECT text FROM notes")).toString(),
                 QStringLiteral("keep me"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
    }

    void corruptFileIsAStorageError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("hello, this is not a database\n");
        QByteArray random(8192, '\0');
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("noise") << random;
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(4096 - header.size(), '\xff'));
        QTest::newRow("header then garbage") << header;
    }

    void corruptFileIsAStorageError()
    {
        QFETCH(QByteArray, content);
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        auto store = makeStore();
        const Status opened = store->open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, AppError::Kind::Storage);
        QVERIFY2(opened.error().userMessage.contains(QStringLiteral("damaged")),
                 qPrintable(opened.error().userMessage));
        QVERIFY(!store->isOpen());
        QCOMPARE(store->signIn(QStringLiteral("alice"), kPassword).error().kind,
                 AppError::Kind::Storage);
        // The file is left for someone to look at.
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void damagedPageIsAStorageError()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            for (int i = 0; i < 40; ++i)
                create(*store, QStringLiteral("user%1").arg(i));
        }
        {
            // Fold the WAL back in, then overwrite the middle of the file.
            RawDatabase raw(path());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        auto store = makeStore();
        const Status opened = store->open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, AppError::Kind::Storage);
    }

    void directoryOrBadPathIsAStorageError()
    {
        auto store = makeStore(m_dir->path());
        const Status opened = store->open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, AppError::Kind::Storage);
        auto nested = makeStore(m_dir->filePath(QStringLiteral("a/b/accounts.sqlite")));
        QVERIFY(nested->open().ok()); // missing folders are created
    }

    // Runs a job of the store to its end (or not at all when cancelled in between).
    static bool finishes(AccountJob *job)
    {
        QSignalSpy finished(job, &Job::finished);
        return finished.wait(10000);
    }

    void jobsSignInAndCreateOffTheCallingThread()
    {
        auto store = openStore();
        QVERIFY(store);
        AccountJob *created =
            store->startCreateAccount(QStringLiteral("alice"), QString(), kPassword, kPassword);
        QVERIFY(!created->isFinished()); // finished() comes from the event loop
        QPointer<AccountJob> createdAlive = created;
        QVERIFY(finishes(created));
        QVERIFY2(!created->error(), qPrintable(created->error().technicalDetail));
        const Account account = created->account();
        QCOMPARE(account.userName, QStringLiteral("alice"));

        AccountJob *signedIn = store->startSignIn(QStringLiteral("Alice"), kPassword);
        QVERIFY(finishes(signedIn));
        QVERIFY(!signedIn->error());
        QCOMPARE(signedIn->account().appUserId, account.appUserId);

        AccountJob *unknown = store->startSignIn(QStringLiteral("nobody"), kPassword);
        QVERIFY(finishes(unknown));
        QCOMPARE(unknown->error().userMessage, kWrongCredentials);

        // Refused at once, still through the event loop.
        AccountJob *empty = store->startSignIn(QString(), kPassword);
        QVERIFY(!empty->isFinished());
        QVERIFY(finishes(empty));
        QCOMPARE(empty->error().field, AppError::Field::UserName);
        AccountJob *taken =
            store->startCreateAccount(QStringLiteral("ALICE"), QString(), kPassword, kPassword);
        QVERIFY(finishes(taken));
        QCOMPARE(taken->error().userMessage, kTaken);
        QTRY_VERIFY(!createdAlive); // deletes itself
    }

    void jobsCountForTheThrottle()
    {
        auto store = openStore();
        QVERIFY(store);
        create(*store, QStringLiteral("alice"));
        const QString wrong = QStringLiteral("wrong password");
        for (int i = 0; i < 4; ++i) {
            AccountJob *attempt = store->startSignIn(QStringLiteral("alice"), wrong);
            QVERIFY(finishes(attempt));
            QCOMPARE(attempt->error().kind, AppError::Kind::InvalidInput);
        }
        // A cancelled attempt still counts: the fifth failure locks the account.
        delete store->startSignIn(QStringLiteral("alice"), wrong);
        QTRY_COMPARE(RawDatabase(path())
                         .value(QStringLiteral("SELECT failed_sign_ins FROM accounts"))
                         .toInt(),
                     5);
        AccountJob *locked = store->startSignIn(QStringLiteral("alice"), kPassword);
        QVERIFY(finishes(locked));
        QCOMPARE(locked->error().kind, AppError::Kind::Throttled);
    }

    void cancelledCreationStoresNothing()
    {
        auto store = openStore();
        QVERIFY(store);
        delete store->startCreateAccount(QStringLiteral("alice"), QString(), kPassword, kPassword);
        // Long enough for the hash to be made and dropped.
        AccountJob *other =
            store->startCreateAccount(QStringLiteral("bob"), QString(), kPassword, kPassword);
        QVERIFY(finishes(other));
        QTest::qWait(200);
        const auto list = store->accounts();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().userName, QStringLiteral("bob"));
    }

    void jobChangesThePassword()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString id = create(*store, QStringLiteral("alice")).appUserId;
        const QString next = QStringLiteral("a brand new password");
        AccountJob *wrong =
            store->startChangePassword(id, QStringLiteral("not the password"), next, next);
        QVERIFY(!wrong->isFinished());
        QVERIFY(finishes(wrong));
        QCOMPARE(wrong->error().userMessage, QStringLiteral("The current password is not right."));
        QCOMPARE(RawDatabase(path())
                     .value(QStringLiteral("SELECT failed_sign_ins FROM accounts"))
                     .toInt(),
                 1);
        // Refused at once, still through the event loop.
        AccountJob *weak = store->startChangePassword(id, kPassword, QStringLiteral("short"),
                                                      QStringLiteral("short"));
        QVERIFY(!weak->isFinished());
        QVERIFY(finishes(weak));
        QVERIFY(weak->error().userMessage.contains(QStringLiteral("too short")));

        AccountJob *changed = store->startChangePassword(id, kPassword, next, next);
        QVERIFY(finishes(changed));
        QVERIFY2(!changed->error(), qPrintable(changed->error().technicalDetail));
        QCOMPARE(changed->account().appUserId, id);
        QCOMPARE(store->signIn(QStringLiteral("alice"), kPassword).error().userMessage,
                 kWrongCredentials);
        QVERIFY(store->signIn(QStringLiteral("alice"), next).ok());
    }

    void cancelledPasswordChangeKeepsThePassword()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString id = create(*store, QStringLiteral("alice")).appUserId;
        const QString next = QStringLiteral("a brand new password");
        const auto storedHash = [this] {
            return RawDatabase(path())
                .value(QStringLiteral("SELECT password_hash FROM accounts"))
                .toString();
        };
        const QString before = storedHash();
        delete store->startChangePassword(id, kPassword, next, next);
        // A wrong current password still counts when the change is cancelled.
        delete store->startChangePassword(id, QStringLiteral("not the password"), next, next);
        QTRY_COMPARE(RawDatabase(path())
                         .value(QStringLiteral("SELECT failed_sign_ins FROM accounts"))
                         .toInt(),
                     1);
        // Long enough for the cancelled change's hash to be made and dropped.
        AccountJob *after = store->startSignIn(QStringLiteral("alice"), kPassword);
        QVERIFY(finishes(after));
        QVERIFY(!after->error());
        QTest::qWait(200);
        QCOMPARE(storedHash(), before);
        QVERIFY(store->signIn(QStringLiteral("alice"), kPassword).ok());
    }

    void destroyingTheStoreDuringAJobIsSafe()
    {
        auto store = openStore();
        QVERIFY(store);
        create(*store, QStringLiteral("alice"));
        store->setPasswordHashLimits(PasswordHashLimits::production());
        QPointer<AccountJob> job = store->startSignIn(QStringLiteral("alice"), kPassword, this);
        store.reset();
        QTest::qWait(500);
        QVERIFY(job); // never finished, never crashed
        QVERIFY(!job->isFinished());
        delete job.data();
    }

    void notOpenIsAStorageError()
    {
        auto store = makeStore();
        QCOMPARE(store->createAccount(QStringLiteral("alice"), QString(), kPassword, kPassword)
                     .error()
                     .kind,
                 AppError::Kind::Storage);
        QCOMPARE(store->accounts().error().kind, AppError::Kind::Storage);
        QCOMPARE(store->linkRecord(QUuid::createUuid().toString()).error().kind,
                 AppError::Kind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
