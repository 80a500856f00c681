// The loopback listener of browser sign-in over real TCP on 127.0.0.1: one redirect answered
// and then no more listening; every other request (path, method, Host, state, size, slowness,
// a second redirect) answered with an error page and changing nothing.
#include "auth/LoopbackRedirectListener.h"

#include <QHostAddress>
#include <QLocale>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace {
const QUrl kConfigured(QStringLiteral("http://127.0.0.1/pkb-link/browser-callback"));

QByteArray getRequest(const QByteArray &target, quint16 port, const QByteArray &method = "GET")
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUser-Agent: test\r\n\r\n";
}

struct Answer
{
    int status = 0;
    QByteArray raw;
    bool connected = false;
};

// Sends raw on a new connection and reads until the server closes it.
Answer exchange(quint16 port, const QByteArray &raw, int timeoutMs = 5000)
{
    Answer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return answer;
    answer.connected = true;
    socket.write(raw);
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        socket.waitForReadyRead(20);
        answer.raw += socket.readAll();
    }
    answer.raw += socket.readAll();
    const QList<QByteArray> statusLine = answer.raw.left(answer.raw.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2)
        answer.status = statusLine.at(1).toInt();
    return answer;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private:
    // A listener whose check accepts state=good only.
    std::unique_ptr<LoopbackRedirectListener> listening(const QUrl &configured = kConfigured)
    {
        auto listener = std::make_unique<LoopbackRedirectListener>();
        listener->setRedirectCheck([](const QUrl &redirect) {
            return QUrlQuery(redirect).queryItemValue(QStringLiteral("state"))
                == QLatin1String("good");
        });
        const Status status = listener->listen(configured);
        if (!status.ok())
            qWarning() << status.error().technicalDetail;
        return listener;
    }
    static quint16 portOf(const LoopbackRedirectListener &listener)
    {
        return quint16(listener.redirectUri().port());
    }

private Q_SLOTS:
    void ephemeralPortGoesIntoTheRedirectUri()
    {
        auto listener = listening();
        QVERIFY(listener->isListening());
        const QUrl uri = listener->redirectUri();
        QVERIFY(uri.port() > 0);
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(uri.path(), kConfigured.path());
        // Port 0 is the same as none.
        auto zero = listening(QUrl(QStringLiteral("http://127.0.0.1:0/cb")));
        QVERIFY(zero->isListening());
        QVERIFY(zero->redirectUri().port() > 0);
    }

    void fixedPort()
    {
        const quint16 port = freePort();
        QUrl configured = kConfigured;
        configured.setPort(port);
        auto listener = listening(configured);
        QVERIFY(listener->isListening());
        QCOMPARE(listener->redirectUri(), configured);
        // Taken by another program: a retryable error naming the port.
        LoopbackRedirectListener second;
        const Status busy = second.listen(configured);
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().kind, AppError::Kind::Network);
        QVERIFY(busy.error().retryable);
        QVERIFY(busy.error().userMessage.contains(QString::number(port)));
    }

    void boundToLoopbackOnly()
    {
        auto listener = listening();
        QHostAddress external;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
                external = address;
                break;
            }
        }
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address");
        QTcpSocket socket;
        socket.connectToHost(external, portOf(*listener));
        QVERIFY(!socket.waitForConnected(2000));
    }

    void unusableRedirectUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("https") << "https://127.0.0.1/cb";
        QTest::newRow("localhost") << "http://localhost/cb";
        QTest::newRow("other host") << "http://192.168.1.2/cb";
        QTest::newRow("no path") << "http://127.0.0.1";
        QTest::newRow("root path") << "http://127.0.0.1/";
        QTest::newRow("query") << "http://127.0.0.1/cb?x=1";
        QTest::newRow("fragment") << "http://127.0.0.1/cb#x";
        QTest::newRow("user info") << "http://a@127.0.0.1/cb";
        QTest::newRow("custom scheme") << "pkblink://oauth/callback";
    }
    void unusableRedirectUris()
    {
        QFETCH(QString, uri);
        LoopbackRedirectListener listener;
        const Status status = listener.listen(QUrl(uri));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, AppError::Kind::Configuration);
        QVERIFY(!listener.isListening());
    }

    void redirectIsAnsweredAndListeningStops()
    {
        auto listener = listening();
        const quint16 port = portOf(*listener);
        QSignalSpy received(listener.get(), &LoopbackRedirectListener::redirectReceived);
        const Answer answer =
            exchange(port, getRequest("/pkb-link/browser-callback?code=abc&state=good", port));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.raw.contains("You can close this tab and return to PKB Link."));
        QVERIFY(answer.raw.contains("Cache-Control: no-store"));
        QVERIFY(answer.raw.contains("Referrer-Policy: no-referrer"));
        QVERIFY(answer.raw.contains("<html lang=\""));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/pkb-link/browser-callback?code=abc&"
                                     "state=good")
                          .arg(port)));
        QVERIFY(!listener->isListening());
        // Nothing listens there any more.
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(1000));
    }

    void pageIsInTheAppsLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("cy")));
        auto listener = listening();
        const quint16 port = portOf(*listener);
        const Answer answer = exchange(port, getRequest("/elsewhere", port));
        QLocale::setDefault(before);
        QVERIFY(answer.raw.contains("<html lang=\"cy\""));
    }

    void wrongStateChangesNothing()
    {
        auto listener = listening();
        const quint16 port = portOf(*listener);
        QSignalSpy received(listener.get(), &LoopbackRedirectListener::redirectReceived);
        QSignalSpy refused(listener.get(), &LoopbackRedirectListener::requestRefused);
        const Answer wrong =
            exchange(port, getRequest("/pkb-link/browser-callback?code=abc&state=bad", port));
        QCOMPARE(wrong.status, 400);
        QVERIFY(wrong.raw.contains("does not belong to the sign-in"));
        QCOMPARE(received.count(), 0);
        QCOMPARE(refused.count(), 1);
        QVERIFY(listener->isListening());
        const Answer right =
            exchange(port, getRequest("/pkb-link/browser-callback?code=abc&state=good", port));
        QCOMPARE(right.status, 200);
        QCOMPARE(received.count(), 1);
    }

    void otherPathsAndMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("root") << QByteArray("GET") << QByteArray("/?code=a&state=good") << 404;
        QTest::newRow("longer path")
            << QByteArray("GET") << QByteArray("/pkb-link/browser-callbackx?state=good") << 404;
        QTest::newRow("encoded path")
            << QByteArray("GET") << QByteArray("/pkb-link%2Fbrowser-callback?state=good") << 404;
        QTest::newRow("favicon") << QByteArray("GET") << QByteArray("/favicon.ico") << 404;
        QTest::newRow("absolute form")
            << QByteArray("GET") << QByteArray("http://127.0.0.1/pkb-link/browser-callback") << 400;
        QTest::newRow("POST") << QByteArray("POST")
                              << QByteArray("/pkb-link/browser-callback?code=a&state=good") << 405;
        QTest::newRow("HEAD") << QByteArray("HEAD")
                              << QByteArray("/pkb-link/browser-callback?code=a&state=good") << 405;
    }
    void otherPathsAndMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        auto listener = listening();
        const quint16 port = portOf(*listener);
        QSignalSpy received(listener.get(), &LoopbackRedirectListener::redirectReceived);
        const Answer answer = exchange(port, getRequest(target, port, method));
        QCOMPARE(answer.status, status);
        QVERIFY(answer.raw.contains("Nothing was changed."));
        QCOMPARE(received.count(), 0);
        QVERIFY(listener->isListening());
    }

    void foreignHostIsRefused()
    {
        // A page of another site whose name resolves to 127.0.0.1 (DNS rebinding).
        auto listener = listening();
        const quint16 port = portOf(*listener);
        QSignalSpy received(listener.get(), &LoopbackRedirectListener::redirectReceived);
        const QByteArray raw = "GET /pkb-link/browser-callback?code=a&state=good HTTP/1.1\r\n"
                               "Host: evil.example:"
            + QByteArray::number(port) + "\r\n\r\n";
        QCOMPARE(exchange(port, raw).status, 403);
        const QByteArray twoHosts = "GET /pkb-link/browser-callback?code=a&state=good HTTP/1.1\r\n"
                                    "Host: 127.0.0.1:"
            + QByteArray::number(port) + "\r\nHost: evil.example\r\n\r\n";
        QCOMPARE(exchange(port, twoHosts).status, 403);
        QCOMPARE(received.count(), 0);
        QVERIFY(listener->isListening());
    }

    void malformedRequestLine()
    {
        auto listener = listening();
        const quint16 port = portOf(*listener);
        QCOMPARE(exchange(port, "GARBAGE\r\n\r\n").status, 400);
        QCOMPARE(exchange(port, "GET /pkb-link/browser-callback SPDY/3\r\n\r\n").status, 400);
        QVERIFY(listener->isListening());
    }

    void hugeRequestIsCutOff()
    {
        auto listener = listening();
        const quint16 port = portOf(*listener);
        QSignalSpy received(listener.get(), &LoopbackRedirectListener::redirectReceived);
        // One byte more than allowed, and no end of the head in sight.
        QByteArray raw = "GET /pkb-link/browser-callback?state=good&code=";
        raw.resize(LoopbackRedirectListener::MaxRequestBytes + 1, 'a');
        const Answer answer = exchange(port, raw);
        QCOMPARE(answer.status, 431);
        QCOMPARE(received.count(), 0);
        QVERIFY(listener->isListening());
    }

    void slowClientTimesOut()
    {
        auto listener = listening();
        listener->setClientTimeout(300);
        const quint16 port = portOf(*listener);
        QElapsedTimer clock;
        clock.start();
        const Answer answer = exchange(port, "GET /pkb-link/browser-callback?state=go", 5000);
        QCOMPARE(answer.status, 408);
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(clock.elapsed() < 4000);
        QVERIFY(listener->isListening());
    }

    void secondRedirectGetsAnErrorPage()
    {
        auto listener = listening();
        const quint16 port = portOf(*listener);
        QSignalSpy received(listener.get(), &LoopbackRedirectListener::redirectReceived);
        // The second connection is open before the first redirect arrives.
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(second.waitForConnected(2000));
        QCoreApplication::processEvents();
        const QByteArray redirect =
            getRequest("/pkb-link/browser-callback?code=a&state=good", port);
        QCOMPARE(exchange(port, redirect).status, 200);
        QCOMPARE(received.count(), 1);
        second.write(redirect);
        QByteArray raw;
        QElapsedTimer clock;
        clock.start();
        while (second.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            second.waitForReadyRead(20);
            raw += second.readAll();
        }
        raw += second.readAll();
        QVERIFY2(raw.startsWith("HTTP/1.1 409"), raw.constData());
        QVERIFY(raw.contains("already received the answer"));
        QCOMPARE(received.count(), 1);
    }

    void stopClosesEverything()
    {
        auto listener = listening();
        const quint16 port = portOf(*listener);
        listener->stop();
        QVERIFY(!listener->isListening());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(1000));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopback_listener.moc"
