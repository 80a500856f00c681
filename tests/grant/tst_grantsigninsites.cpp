#include "GrantTestSupport.h"
#include "LoopbackHttpServer.h"

#include "grant/GrantAccessView.h"

#include <QEventLoop>
#include <QLabel>
#include <QTimer>
#include <QWebEnginePage>

#include <functional>

using namespace GrantTestSupport;

// The grant view with a second site, an identity provider, next to PKB: both directions of
// redirects and form posts, sub-frames, the header naming the site, refused providers explained,
// and the redirect URI captured when it comes from the provider's side.
class TestGrantSignInSites : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LoopbackHttpServer> m_pkb;
    std::unique_ptr<LoopbackHttpServer> m_provider;

    // A real event loop (QTRY_* sleeps between rounds and starves Qt WebEngine).
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000)
    {
        if (condition())
            return true;
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(5);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (condition())
                loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        poll.start();
        loop.exec();
        return condition();
    }
    QUrl callback() const { return m_pkb->url(QStringLiteral("/pkb-link/callback")); }
    QUrl authorizeUrl() const
    {
        return m_pkb->url(QStringLiteral("/apiAuthorize.action?response_type=code&state=s"));
    }
    // local with its default sign-in origins: any loopback origin.
    EnvironmentConfig withProviders() const
    {
        return EnvironmentConfig::preset(QStringLiteral("local"), m_pkb->url());
    }
    static LoopbackHttpServer::Response page(const QByteArray &title, const QByteArray &body = {})
    {
        return LoopbackHttpServer::html(200, "<!DOCTYPE html><title>" + title + "</title>" + body);
    }
    static QString title(GrantAccessView &view)
    {
        return view.page() ? view.page()->title() : QString();
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void providerBothWaysAndItsRedirectIsCaptured();
    void providerInASubFrame();
    void headerNamesTheSite();
    void refusedProviderIsExplained();
    void refusalNoticeGoesWhenThePatientMovesOn();
};

void TestGrantSignInSites::init()
{
    m_pkb = std::make_unique<LoopbackHttpServer>();
    m_provider = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_pkb->listen());
    QVERIFY(m_provider->listen());
}

void TestGrantSignInSites::cleanup()
{
    m_provider.reset();
    m_pkb.reset();
}

void TestGrantSignInSites::providerBothWaysAndItsRedirectIsCaptured()
{
    // PKB -> 302 -> provider page; the provider posts a form back to PKB, PKB 302s to the
    // provider again, and the provider 302s to our redirect URI.
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                   LoopbackHttpServer::redirect(
                       m_provider->url(QStringLiteral("/authorize?state=pkb-state&nonce=n"))));
    m_provider->respond(QStringLiteral("/authorize"),
                        page("provider",
                             "<form id=f method=post action='"
                                 + m_pkb->url(QStringLiteral("/federated")).toEncoded()
                                 + "'><input name=token value=t></form>"));
    m_pkb->respond(QStringLiteral("/federated"),
                   LoopbackHttpServer::redirect(m_provider->url(QStringLiteral("/finish"))));
    QUrl finalRedirect = callback();
    finalRedirect.setQuery(QStringLiteral("code=from-provider&state=s"));
    m_provider->respond(QStringLiteral("/finish"), LoopbackHttpServer::redirect(finalRedirect));

    GrantAccessView view;
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    QSignalSpy failed(&view, &GrantAccessView::failed);
    view.start(authorizeUrl(), withProviders(), callback(), {});
    QVERIFY(waitUntil([&] { return title(view) == QLatin1String("provider"); }));
    QCOMPARE(m_provider->requestCount(QStringLiteral("/authorize")), 1);

    evaluate(view.page(), QStringLiteral("document.getElementById('f').submit(); true"));
    QVERIFY(waitUntil([&] { return captured.count() == 1; }));
    QCOMPARE(captured.at(0).at(0).toUrl(), finalRedirect);
    QCOMPARE(m_pkb->lastRequest(QStringLiteral("/federated")).method, QByteArray("POST"));
    QCOMPARE(m_provider->requestCount(QStringLiteral("/finish")), 1);
    QCOMPARE(m_pkb->requestCount(QStringLiteral("/pkb-link/callback")), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(view.refusalMessage().isEmpty());
}

void TestGrantSignInSites::providerInASubFrame()
{
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"),
                   page("pkb",
                        "<iframe src='" + m_provider->url(QStringLiteral("/frame")).toEncoded()
                            + "'></iframe>"));
    m_provider->respond(QStringLiteral("/frame"), page("frame"));
    GrantAccessView view;
    view.start(authorizeUrl(), withProviders(), callback(), {});
    QVERIFY(waitUntil([&] { return m_provider->requestCount(QStringLiteral("/frame")) == 1; }));

    // Without sign-in origins the same frame is never requested.
    m_provider->respond(QStringLiteral("/frame"), page("frame"));
    GrantAccessView other;
    other.start(authorizeUrl(), localEnvironment(m_pkb->url()), callback(), {});
    QVERIFY(waitUntil([&] { return title(other) == QLatin1String("pkb"); }));
    waitUntil([] { return false; }, 300);
    QCOMPARE(m_provider->requestCount(QStringLiteral("/frame")), 1);
    QVERIFY(other.refusalMessage().isEmpty()); // a refused sub-frame is not the patient's doing
}

void TestGrantSignInSites::headerNamesTheSite()
{
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"), page("pkb"));
    m_pkb->respond(QStringLiteral("/go"),
                   LoopbackHttpServer::redirect(m_provider->url(QStringLiteral("/login"))));
    m_provider->respond(QStringLiteral("/login"), page("provider"));
    GrantAccessView view;
    auto *site = view.findChild<QLabel *>(QStringLiteral("grantSiteLabel"));
    auto *host = view.findChild<QLabel *>(QStringLiteral("grantHostLabel"));
    QVERIFY(site && host);
    view.start(authorizeUrl(), withProviders(), callback(), {});
    QVERIFY(waitUntil([&] { return title(view) == QLatin1String("pkb"); }));
    QCOMPARE(site->text(), QStringLiteral("Patients Know Best"));
    QVERIFY(!site->isHidden());
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(host->accessibleName(), QStringLiteral("Website: Patients Know Best, 127.0.0.1"));
    QVERIFY(host->accessibleDescription().contains(QStringLiteral("Patients Know Best")));
    QVERIFY(host->accessibleDescription().contains(QStringLiteral("127.0.0.1")));

    evaluate(view.page(), QStringLiteral("location.href = '/go'; true"));
    QVERIFY(waitUntil([&] { return title(view) == QLatin1String("provider"); }));
    // An unnamed provider: the host only, visible and in the accessibility tree.
    QVERIFY(waitUntil([&] { return site->isHidden(); }));
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(host->accessibleName(), QStringLiteral("Website: 127.0.0.1"));
    QVERIFY(!host->accessibleName().contains(QLatin1Char('?')));
}

void TestGrantSignInSites::refusedProviderIsExplained()
{
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"), page("pkb"));
    m_pkb->respond(QStringLiteral("/nhs-login/start"),
                   LoopbackHttpServer::redirect(m_provider->url(
                       QStringLiteral("/authorize?state=secret-state&nonce=secret-nonce"))));
    MessageRecorder log;
    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    view.start(authorizeUrl(), localEnvironment(m_pkb->url()), callback(), {});
    QVERIFY(waitUntil([&] { return title(view) == QLatin1String("pkb"); }));
    QVERIFY(view.refusalMessage().isEmpty());

    evaluate(view.page(), QStringLiteral("location.href = '/nhs-login/start'; true"));
    QVERIFY(waitUntil([&] { return !view.refusalMessage().isEmpty(); }));
    const QString site = QStringLiteral("127.0.0.1:%1").arg(m_provider->port());
    const QString expected =
        QStringLiteral("This sign-in option leads to %1, which PKB Link does not allow. Ask "
                       "your administrator, or sign in with your PKB user name and password.")
            .arg(site);
    QCOMPARE(view.refusalMessage(), expected);
    auto *notice = view.findChild<QLabel *>(QStringLiteral("grantRefusalNotice"));
    QVERIFY(notice);
    QVERIFY(!notice->isHidden());
    QCOMPARE(notice->text(), expected);
    QCOMPARE(notice->accessibleName(), expected);
    QVERIFY(!notice->accessibleDescription().isEmpty());
    // Nothing reached the provider, the attempt goes on, and the log has the origin only.
    QCOMPARE(m_provider->requests().size(), 0);
    QVERIFY(view.isActive());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(captured.count(), 0);
    QVERIFY(log.contains(QStringLiteral("sign-in site was refused")));
    QVERIFY(log.contains(site));
    QVERIFY(!log.contains(QStringLiteral("secret-state")));
    QVERIFY(!log.contains(QStringLiteral("secret-nonce")));
}

void TestGrantSignInSites::refusalNoticeGoesWhenThePatientMovesOn()
{
    m_pkb->respond(QStringLiteral("/apiAuthorize.action"), page("pkb"));
    m_pkb->respond(QStringLiteral("/nhs-login/start"),
                   LoopbackHttpServer::redirect(m_provider->url(QStringLiteral("/authorize"))));
    m_pkb->respond(QStringLiteral("/login.action"), page("signed in"));
    GrantAccessView view;
    view.start(authorizeUrl(), localEnvironment(m_pkb->url()), callback(), {});
    QVERIFY(waitUntil([&] { return title(view) == QLatin1String("pkb"); }));
    evaluate(view.page(), QStringLiteral("location.href = '/nhs-login/start'; true"));
    QVERIFY(waitUntil([&] { return !view.refusalMessage().isEmpty(); }));
    evaluate(view.page(), QStringLiteral("location.href = '/login.action'; true"));
    QVERIFY(waitUntil([&] { return title(view) == QLatin1String("signed in"); }));
    QVERIFY(waitUntil([&] { return view.refusalMessage().isEmpty(); }));
    // A new attempt starts without it too.
    evaluate(view.page(), QStringLiteral("location.href = '/nhs-login/start'; true"));
    QVERIFY(waitUntil([&] { return !view.refusalMessage().isEmpty(); }));
    view.start(authorizeUrl(), localEnvironment(m_pkb->url()), callback(), {});
    QVERIFY(view.refusalMessage().isEmpty());
}

GRANT_TEST_MAIN(TestGrantSignInSites)
#include "tst_grantsigninsites.moc"
