#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

class BenchSandbox;
class QNetworkReply;

// The HTTP requests of one patient journey, sent straight to the sandbox with
// QNetworkAccessManager (own cookie jar, redirects followed only where a browser would), timed
// in the journey's stretches:
// - authorize: GET the authorize URL -> the login page;
// - login (not a journey stretch): POST the login form -> 302 -> GET -> the grant page;
// - allow: POST the grant form -> 302 with the code, POST the token request (PKCE), then
//   users/self and Consent/$purview at once, as the app's PatientDetailsJob does.
// Emits finished exactly once; an empty failure means the times are valid.
class HttpJourney : public QObject
{
    Q_OBJECT
public:
    explicit HttpJourney(const BenchSandbox &sandbox, QObject *parent = nullptr);

    void start();

    double authorizeMs() const { return m_authorizeMs; }
    double loginMs() const { return m_loginMs; }
    double allowMs() const { return m_allowMs; }

Q_SIGNALS:
    void finished(const QString &failure);

private:
    QNetworkReply *get(const QUrl &url, const QByteArray &bearer = {});
    QNetworkReply *postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    // Calls then(reply) when it ends; fails unless it answered expectedStatus.
    void expect(QNetworkReply *reply, int expectedStatus, const QString &what,
                const std::function<void(QNetworkReply *, const QByteArray &)> &then);

    void onLoginPage(const QByteArray &page);
    void onGrantPage(const QByteArray &page);
    void onRedirect(QNetworkReply *reply);
    void onTokens(const QByteArray &body);
    void onDetailAnswered();
    double lap();
    void fail(const QString &why);

    const BenchSandbox &m_sandbox;
    QNetworkAccessManager m_network;
    QString m_codeVerifier;
    QElapsedTimer m_stretch;
    int m_detailsPending = 0;
    bool m_done = false;
    double m_authorizeMs = -1;
    double m_loginMs = -1;
    double m_allowMs = -1;
};
