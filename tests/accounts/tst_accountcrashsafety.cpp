#include "RawDatabase.h"
#include "accounts/AccountSchema.h"
#include "accounts/AccountStore.h"
#include "accounts/PasswordHasher.h"
#include "accounts/StatementObserver.h"
#include "accounts/UserName.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

namespace {

const char kWriterFlag[] = "--write-until-killed";

QString passwordFor(const QString &userName)
{
    return QStringLiteral("password of ") + userName;
}

QString changedPasswordFor(const QString &userName)
{
    return QStringLiteral("changed password of ") + userName;
}

// Fails exactly the statement with the given index (counting from 0), lets the others run.
class FailAtStatement : public StatementObserver
{
public:
    bool allowStatement(const QString &sql) override
    {
        m_statements.append(sql);
        const bool allow = m_seen++ != m_failAt;
        if (!allow)
            m_injected = true;
        return allow;
    }
    void arm(int failAt)
    {
        m_failAt = failAt;
        m_seen = 0;
        m_injected = false;
        m_statements.clear();
    }
    bool injected() const { return m_injected; }
    QStringList statements() const { return m_statements; }

private:
    int m_failAt = -1;
    int m_seen = 0;
    bool m_injected = false;
    QStringList m_statements;
};

// The child process: a long series of transactional writes until it is killed. Each account
// "w<round>-<i>" gets a link record whose PKB user id is "<round>-<i>", so the parent can check
// that every record belongs to the right account.
int writeUntilKilled(const QString &path, const QString &round)
{
    AccountStore store(path);
    store.setPasswordHashLimits(PasswordHashLimits::minimum());
    if (!store.open().ok())
        return 2;
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    QStringList created;
    for (int i = 0; i < 100000; ++i) {
        const QString name = QStringLiteral("w%1-%2").arg(round).arg(i);
        const auto account =
            store.createAccount(name, name.toUpper(), passwordFor(name), passwordFor(name));
        if (!account.ok())
            return 3;
        const QString id = account.value().appUserId;
        created.append(id);
        LinkRecord record;
        record.appUserId = id;
        record.environmentId = QStringLiteral("sandbox");
        record.pkbPublicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.pkbUserId = QStringLiteral("%1-%2").arg(round).arg(i);
        record.state = LinkRecordState::Linked;
        if (!store.saveLinkRecord(record).ok())
            return 4;
        if (i % 3 == 1 && !store.setLinkRecordState(id, LinkRecordState::GrantAgain).ok())
            return 5;
        if (i % 4 == 2
            && !store
                    .changePassword(id, passwordFor(name), changedPasswordFor(name),
                                    changedPasswordFor(name))
                    .ok())
            return 6;
        if (i % 5 == 4 && !store.deleteAccount(created.at(i - 2)).ok())
            return 7;
        out << i << Qt::endl;
    }
    return 0;
}

AppError errorOf(const Status &status)
{
    return status.ok() ? AppError() : status.error();
}

} // namespace

class TestAccountCrashSafety : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FailAtStatement m_observer;

    QString path() const { return AccountStore::databaseFileIn(m_dir->path()); }

    std::unique_ptr<AccountStore> openStore()
    {
        auto store = std::make_unique<AccountStore>(path());
        store->setPasswordHashLimits(PasswordHashLimits::minimum());
        if (!store->open().ok())
            return nullptr;
        store->setStatementObserver(&m_observer);
        return store;
    }

    QString dump()
    {
        RawDatabase raw(path());
        return raw.dump();
    }

    // Runs change once per statement it makes, failing that statement; every failed run must
    // leave the database exactly as it was. Ends with a run that has no failure.
    // failureKind: what a failed run reports; std::nullopt: any kind.
    void everyStepFailsCleanly(const std::function<AppError()> &change,
                               std::optional<AppError::Kind> failureKind = AppError::Kind::Storage)
    {
        for (int step = 0;; ++step) {
            QVERIFY2(step < 100, "the change never completed");
            const QString before = dump();
            m_observer.arm(step);
            const AppError error = change();
            const bool injected = m_observer.injected();
            const QStringList ran = m_observer.statements();
            m_observer.arm(-1);
            if (!injected) {
                QVERIFY2(!error.isError(), qPrintable(error.technicalDetail));
                QVERIFY2(step > 1, "a change of one statement needs no transaction test");
                return;
            }
            QVERIFY2(error.isError(),
                     qPrintable(QStringLiteral("step %1 failed silently: %2")
                                    .arg(step)
                                    .arg(ran.isEmpty() ? QString() : ran.last())));
            if (failureKind)
                QCOMPARE(error.kind, *failureKind);
            QCOMPARE(dump(), before);
        }
    }

    // Every invariant a crash must not break.
    void checkConsistent(bool *someAccount = nullptr)
    {
        RawDatabase raw(path());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QCOMPARE(raw.rows(QStringLiteral("PRAGMA integrity_check")),
                 QStringList { QStringLiteral("ok") });
        QCOMPARE(raw.rows(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 AccountSchema::currentVersion);
        const QStringList accounts = raw.rows(QStringLiteral(
            "SELECT app_user_id, user_name, user_key, display_name, password_hash, created_at "
            "FROM accounts"));
        for (const QString &row : accounts) {
            const QStringList c = row.split(QLatin1Char('|'));
            QCOMPARE(c.size(), 6);
            QCOMPARE(QUuid::fromString(c.at(0)).toString(QUuid::WithoutBraces), c.at(0));
            QVERIFY(c.at(1).startsWith(QLatin1Char('w')));
            QCOMPARE(c.at(2), UserName::keyOf(c.at(1)));
            QCOMPARE(c.at(3), c.at(1).toUpper());
            QVERIFY2(c.at(4).startsWith(QStringLiteral("$argon2id$")), qPrintable(c.at(4)));
            QVERIFY(c.at(5).toLongLong() > 0);
        }
        const QStringList links = raw.rows(QStringLiteral(
            "SELECT a.user_name, l.pkb_user_id, l.pkb_public_id, l.state FROM link_records l "
            "LEFT JOIN accounts a ON a.app_user_id = l.app_user_id"));
        for (const QString &row : links) {
            const QStringList c = row.split(QLatin1Char('|'));
            QCOMPARE(c.size(), 4);
            QVERIFY2(c.at(0) != QLatin1String("NULL"), "a link record without its account");
            QCOMPARE(QStringLiteral("w") + c.at(1), c.at(0));
            QVERIFY(!QUuid::fromString(c.at(2)).isNull());
            QVERIFY(LinkRecord::stateFromName(c.at(3)).has_value());
        }
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM accounts a JOIN retired_user_ids r "
                                          "ON r.app_user_id = a.app_user_id"))
                     .toInt(),
                 0);
        if (someAccount)
            *someAccount = !accounts.isEmpty();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_observer.arm(-1);
    }

    void everyStepOfEveryChangeFailsCleanly()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString pw = passwordFor(QStringLiteral("w0-0"));
        const QString other = passwordFor(QStringLiteral("w0-1"));
        QString id;
        everyStepFailsCleanly([&] {
            const auto made =
                store->createAccount(QStringLiteral("w0-0"), QStringLiteral("W0-0"), pw, pw);
            if (made.ok())
                id = made.value().appUserId;
            return made.ok() ? AppError() : made.error();
        });
        QVERIFY(!id.isEmpty());
        LinkRecord record;
        record.appUserId = id;
        record.environmentId = QStringLiteral("sandbox");
        record.pkbPublicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.pkbUserId = QStringLiteral("0-0");
        record.state = LinkRecordState::Linked;
        everyStepFailsCleanly([&] { return errorOf(store->saveLinkRecord(record)); }); // insert
        record.pkbPublicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        everyStepFailsCleanly([&] { return errorOf(store->saveLinkRecord(record)); }); // update
        everyStepFailsCleanly(
            [&] { return errorOf(store->setLinkRecordState(id, LinkRecordState::GrantAgain)); });
        everyStepFailsCleanly([&] { return errorOf(store->changePassword(id, pw, other, other)); });
        // A wrong password: the failure count and the lock change together or not at all.
        for (int i = 0; i < 4; ++i)
            QVERIFY(!store->signIn(QStringLiteral("w0-0"), pw).ok());
        everyStepFailsCleanly(
            [&] {
                const auto signedIn = store->signIn(QStringLiteral("w0-0"), pw);
                // The last clean run counts the 5th failure: wrong password, no error kind
                // from the storage. Map it to "no error" for the helper.
                if (!signedIn.ok() && signedIn.error().kind == AppError::Kind::InvalidInput
                    && !m_observer.injected())
                    return AppError();
                return signedIn.error();
            },
            std::nullopt);
        everyStepFailsCleanly([&] { return errorOf(store->removeLinkRecord(id)); });
        QVERIFY(store->saveLinkRecord(record).ok());
        everyStepFailsCleanly([&] { return errorOf(store->deleteAccount(id)); });
        QCOMPARE(store->accounts().value().size(), 0);
        checkConsistent();
    }

    void everyStepOfTheMigrationFailsCleanly()
    {
        const QByteArray hash = PasswordHasher(PasswordHashLimits::minimum())
                                    .hash(passwordFor(QStringLiteral("w1-1")))
                                    .value();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            RawDatabase raw(path());
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE accounts (app_user_id TEXT PRIMARY KEY NOT NULL, user_name TEXT "
                "NOT NULL, user_key TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
                "password_hash TEXT NOT NULL, created_at INTEGER NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE retired_user_ids (app_user_id TEXT "
                                            "PRIMARY KEY NOT NULL, retired_at INTEGER NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO accounts VALUES (?, 'w1-1', 'w1-1', "
                                            "'W1-1', ?, 5)"),
                             { id, QString::fromLatin1(hash) }));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        for (int step = 0;; ++step) {
            QVERIFY(step < 100);
            const QString before = dump();
            AccountStore store(path());
            store.setPasswordHashLimits(PasswordHashLimits::minimum());
            store.setStatementObserver(&m_observer);
            m_observer.arm(step);
            const Status opened = store.open();
            const bool injected = m_observer.injected();
            m_observer.arm(-1);
            if (!injected) {
                QVERIFY(opened.ok());
                QVERIFY(step > 3);
                break;
            }
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, AppError::Kind::Storage);
            QCOMPARE(dump(), before);
        }
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->signIn(QStringLiteral("W1-1"), passwordFor(QStringLiteral("w1-1")))
                     .value()
                     .appUserId,
                 id);
        checkConsistent();
    }

    // A real crash: the writer child is killed with SIGKILL at a random moment, three times
    // over the same file.
    void killedMidWriteLeavesAConsistentDatabase()
    {
        bool someAccount = false;
        for (int round = 0; round < 3; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QCoreApplication::applicationFilePath(),
                         { QString::fromLatin1(kWriterFlag), path(), QString::number(round) });
            QVERIFY(writer.waitForStarted(5000));
            QByteArray output;
            // Wait for the first completed iteration, then let it run a random while.
            QTRY_VERIFY_WITH_TIMEOUT(
                (output += writer.readAllStandardOutput(), output.contains("\n0\n")), 10000);
            QCOMPARE(writer.state(), QProcess::Running);
            QThread::msleep(QRandomGenerator::global()->bounded(20, 400));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();
            qDebug("round %d: killed after %lld iterations", round,
                   qlonglong(output.count('\n') - 1));

            checkConsistent(&someAccount);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(someAccount);

            // The app opens it and the accounts work.
            auto store = openStore();
            QVERIFY(store);
            const auto list = store->accounts();
            QVERIFY(list.ok());
            QVERIFY(!list.value().isEmpty());
            const QString name = list.value().first().userName;
            const bool signedIn = store->signIn(name, passwordFor(name)).ok()
                || store->signIn(name, changedPasswordFor(name)).ok();
            QVERIFY2(signedIn, qPrintable(name));
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], kWriterFlag) == 0)
        return writeUntilKilled(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestAccountCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountcrashsafety.moc"
