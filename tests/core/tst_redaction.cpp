#include "core/Redaction.h"

#include <QLoggingCategory>
#include <QtTest>

namespace {
QStringList g_captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured.append(message);
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT
private:
    static QStringList keys()
    {
        return { QStringLiteral("access_token"),  QStringLiteral("refresh_token"),
                 QStringLiteral("id_token"),      QStringLiteral("code"),
                 QStringLiteral("code_verifier"), QStringLiteral("code_challenge"),
                 QStringLiteral("client_secret"), QStringLiteral("state"),
                 QStringLiteral("password") };
    }

private Q_SLOTS:
    void everyKeyInEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &key : keys()) {
            const QByteArray k = key.toLatin1();
            QTest::addRow("%s query", k.constData())
                << QStringLiteral("GET /cb?x=1&%1=S3cr3t-V4lue&y=2").arg(key);
            QTest::addRow("%s first in query", k.constData())
                << QStringLiteral("/cb?%1=S3cr3t-V4lue").arg(key);
            QTest::addRow("%s form body", k.constData())
                << QStringLiteral("grant_type=x&%1=S3cr3t-V4lue").arg(key);
            QTest::addRow("%s form body with percent", k.constData())
                << QStringLiteral("%1=S3cr3t-V4lue%2B%2F%3D").arg(key);
            QTest::addRow("%s json", k.constData())
                << QStringLiteral("{\"%1\":\"S3cr3t-V4lue\",\"x\":1}").arg(key);
            QTest::addRow("%s json spaced", k.constData())
                << QStringLiteral("{ \"%1\" : \"S3cr3t-V4lue\" }").arg(key);
            QTest::addRow("%s json escaped quote", k.constData())
                << QStringLiteral("{\"%1\":\"S3cr3t\\\"-V4lue\"}").arg(key);
            QTest::addRow("%s json quoted in a string", k.constData())
                << QStringLiteral("\"{\\\"%1\\\":\\\"S3cr3t-V4lue\\\"}\"").arg(key);
            QTest::addRow("%s upper case key", k.constData())
                << QStringLiteral("%1=S3cr3t-V4lue").arg(key.toUpper());
            QTest::addRow("%s URL inside a query", k.constData())
                << QStringLiteral("redirect=http%3A%2F%2Fh%2Fcb%3F%1%3DS3cr3t-V4lue%26x%3D1")
                       .arg(key);
            QTest::addRow("%s URL inside a query, second", k.constData())
                << QStringLiteral("redirect=http%3A%2F%2Fh%2Fcb%3Fa%3D1%26%1%3DS3cr3t-V4lue")
                       .arg(key);
            QTest::addRow("%s double-encoded", k.constData())
                << QStringLiteral("next=%253F%1%253DS3cr3t-V4lue").arg(key);
            QTest::addRow("%s qdebug url", k.constData())
                << QStringLiteral("QUrl(\"http://h/cb?%1=S3cr3t-V4lue\")").arg(key);
        }
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer S3cr3t-V4lue");
        QTest::newRow("bearer lower") << QStringLiteral("authorization: bearer S3cr3t-V4lue.x.y");
        QTest::newRow("basic header") << QStringLiteral("Authorization: Basic S3cr3t-V4lue==");
        QTest::newRow("basic in json")
            << QStringLiteral("{\"Authorization\":\"Basic S3cr3t-V4lue\"}");
        QTest::newRow("bearer with tabs") << QStringLiteral("Bearer\tS3cr3t-V4lue");
        QTest::newRow("several secrets")
            << QStringLiteral("code=S3cr3t-V4lue&state=S3cr3t-V4lue Bearer S3cr3t-V4lue "
                              "{\"refresh_token\":\"S3cr3t-V4lue\"}");
    }
    void everyKeyInEveryForm()
    {
        QFETCH(QString, text);
        const QString redacted = Redaction::redact(text);
        QVERIFY2(!redacted.contains(QStringLiteral("S3cr3t")), qPrintable(redacted));
        QVERIFY2(!redacted.contains(QStringLiteral("V4lue")), qPrintable(redacted));
        QVERIFY2(redacted.contains(QStringLiteral("<redacted>")), qPrintable(redacted));
    }

    void harmlessTextIsKept_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "token request refresh_token to http://h/apiToken.action"
                               << "token request refresh_token to http://h/apiToken.action";
        QTest::newRow("other keys") << "grant_type=authorization_code&client_id=pkb-link-local&"
                                       "code_challenge_method=S256&error_code=5&xstate=1"
                                    << "grant_type=authorization_code&client_id=pkb-link-local&"
                                       "code_challenge_method=S256&error_code=5&xstate=1";
        QTest::newRow("json other keys") << "{\"token_type\":\"Bearer\",\"expires_in\":600}"
                                         << "{\"token_type\":\"Bearer\",\"expires_in\":600}";
        QTest::newRow("replacement in place") << "a code=xyz&b=1"
                                              << "a code=<redacted>&b=1";
        QTest::newRow("json in place") << "{\"access_token\":\"xyz\",\"expires_in\":600}"
                                       << "{\"access_token\":\"<redacted>\",\"expires_in\":600}";
        QTest::newRow("bearer in place") << "Authorization: Bearer abc.def"
                                         << "Authorization: Bearer <redacted>";
    }
    void harmlessTextIsKept()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Redaction::redact(text), expected);
    }

    void redactionIsIdempotent()
    {
        const QString text = QStringLiteral("code=a&state=b {\"access_token\":\"c\"} Bearer d");
        const QString once = Redaction::redact(text);
        QCOMPARE(Redaction::redact(once), once);
    }

    void safeUrlRedactsQueryValues()
    {
        const QUrl url(QStringLiteral(
            "http://user:pw@127.0.0.1:8080/pkb-link/callback?code=abc&state=def&x=nhs#frag"));
        const QString safe = Redaction::safeUrl(url);
        QCOMPARE(safe,
                 QStringLiteral("http://127.0.0.1:8080/pkb-link/callback?code=<redacted>&"
                                "state=<redacted>&x=<redacted>"));
        QCOMPARE(Redaction::safeUrl(QUrl(QStringLiteral("https://h/apiToken.action"))),
                 QStringLiteral("https://h/apiToken.action"));
    }

    void messageHandlerRedactsEverything()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("pkblink.*.debug=true"));
        const QtMessageHandler before = qInstallMessageHandler(capture);
        Redaction::installMessageHandler();
        Redaction::installMessageHandler(); // twice is harmless
        qDebug() << "token" << QStringLiteral("access_token=S3cr3t-V4lue");
        qWarning("body %s", "{\"refresh_token\":\"S3cr3t-V4lue\"}");
        qInfo() << QUrl(QStringLiteral("http://h/cb?code=S3cr3t-V4lue"));
        qInstallMessageHandler(before);
        QCOMPARE(g_captured.size(), 3);
        for (const QString &message : std::as_const(g_captured)) {
            QVERIFY2(!message.contains(QStringLiteral("S3cr3t")), qPrintable(message));
            QVERIFY(message.contains(QStringLiteral("<redacted>")));
        }
    }

    void qtCategoriesThatEchoWidgetTextStayOff()
    {
        Redaction::installMessageHandler();
        // What QT_LOGGING_RULES="*.debug=true" would ask for.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
        for (const char *name : { "qt.accessibility.core", "qt.accessibility.cache",
                                  "qt.qpa.clipboard", "qt.qpa.input.events", "qt.text.layout" }) {
            QLoggingCategory category(name);
            QVERIFY2(!category.isDebugEnabled(), name);
            QVERIFY2(!category.isInfoEnabled(), name);
            QVERIFY2(!category.isWarningEnabled(), name);
            QVERIFY(category.isCriticalEnabled());
            QVERIFY(Redaction::isQuietCategory(name));
        }
        // Everything else follows the rules.
        QLoggingCategory ours("pkblink.test");
        QVERIFY(ours.isDebugEnabled());
        QLoggingCategory network("qt.network.ssl");
        QVERIFY(network.isDebugEnabled());
        QVERIFY(!Redaction::isQuietCategory("qt.network.ssl"));
        QLoggingCategory::setFilterRules(QStringLiteral("pkblink.*.debug=true"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
