#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class MainWindow;
class QWebEnginePage;

// Walks the patient journey through the real MainWindow the way a patient does: create an
// account, click Connect, log in to the sandbox on the embedded page, click Allow, wait for the
// details. Times two stretches from the events themselves (signal handlers, not polling):
// - Connect clicked -> the grant view's first page (the sandbox login page) loadFinished;
// - Allow clicked (the script that clicks it is sent) -> details page current with the NHS number.
// Emits finished exactly once; an empty failure means both times are valid.
// startSignIn() walks the every-day path instead, for an account linked by an earlier run in the
// same data folder: sign in, until the details page shows the NHS number (signInToDetailsMs).
class JourneyDriver : public QObject
{
    Q_OBJECT
public:
    JourneyDriver(MainWindow *window, const QString &pkbUserName, const QString &pkbPassword,
                  const QString &expectedNhsNumber, QObject *parent = nullptr);

    void start(int timeoutMs);
    void startSignIn(int timeoutMs);

    double connectToGrantPageMs() const { return m_connectToGrantPageMs; }
    double allowToDetailsMs() const { return m_allowToDetailsMs; }
    // Part of the above: Allow clicked -> redirect captured (the linking page is shown).
    double allowToRedirectMs() const { return m_allowToRedirectMs; }
    // Sign in clicked -> details page current with the NHS number.
    double signInToDetailsMs() const { return m_signInToDetailsMs; }

Q_SIGNALS:
    void finished(const QString &failure);

private:
    enum class Step {
        Idle,
        CreatingAccount,
        SigningIn,
        LoadingLoginPage,
        LoadingGrantPage,
        WaitingForDetails,
        Done
    };

    void createAccount();
    void signIn();
    void clickConnect();
    void onLoadFinished(bool ok);
    void submitLogin();
    void clickAllow();
    void checkDetailsShown();

    // Calls next once done() holds (checked every 5 ms), or fails after timeoutMs.
    void waitUntil(const std::function<bool()> &done, const QString &what,
                   const std::function<void()> &next, int timeoutMs = 30000);
    void runScript(const QString &script, const std::function<void(const QVariant &)> &then);
    QString currentPage() const;
    QString situation() const;
    void fail(const QString &why);
    void succeed();

    template<typename T> T *find(const QString &objectName) const;

    QPointer<MainWindow> m_window;
    QString m_userName;
    QString m_password;
    QString m_expectedNhsNumber;
    QPointer<QWebEnginePage> m_page;
    Step m_step = Step::Idle;
    bool m_signingIn = false;
    QElapsedTimer m_stretch;
    double m_connectToGrantPageMs = -1;
    double m_allowToDetailsMs = -1;
    double m_allowToRedirectMs = -1;
    double m_signInToDetailsMs = -1;
};
