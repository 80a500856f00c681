#include "link/AppCore.h"

#include "accounts/AccountStore.h"
#include "config/AppSettings.h"
#include "core/LogCategories.h"
#include "core/NoCookieJar.h"
#include "link/PatientSession.h"
#include "link/SignInJob.h"
#include "vault/KeychainStore.h"
#include "vault/TokenVault.h"

#include <QNetworkAccessManager>

AppCore::AppCore(AppSettings *settings, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dataDirectory(dataDirectory)
    , m_accounts(std::make_unique<AccountStore>(AccountStore::databaseFileIn(dataDirectory)))
    , m_network(new QNetworkAccessManager(this))
    , m_keychain(new KeychainStore(KeychainStore::optionsFrom(*settings), this))
{
    // Our clients decide about redirects themselves (none are followed for PKB's API).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Bearer tokens only: no cookie of one patient's session reaches the next (nor the disk).
    m_network->setCookieJar(new NoCookieJar(m_network));
    const Status opened = m_accounts->open();
    if (!opened.ok()) {
        m_storageError = opened.error();
        qCWarning(lcLink) << "accounts database unavailable:" << m_storageError.technicalDetail;
    }
}

AppCore::~AppCore()
{
    // The session's jobs use the network and the keychain: it goes first, and so does the work
    // of ended sessions still finishing a refresh.
    cancelSignIn();
    delete m_session.data();
    const auto retired = findChildren<TokenVault *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(retired);
}

Result<EnvironmentConfig> AppCore::environment() const
{
    return m_settings->environmentConfig();
}

QStringList AppCore::accountNamesForSignIn() const
{
    if (m_settings->kioskMode() || !m_settings->showAccountList() || !m_accounts->isOpen())
        return {};
    const auto list = m_accounts->accounts();
    if (!list.ok())
        return {};
    QStringList names;
    for (const AccountSummary &summary : list.value())
        names.append(summary.userName);
    return names;
}

SignInJob *AppCore::newSignInJob(bool kioskWording)
{
    signOut();
    cancelSignIn();
    auto *job = new SignInJob(this, kioskWording, this);
    m_signingIn = job;
    return job;
}

void AppCore::cancelSignIn()
{
    // Deleting the job cancels it without finished(); the password work ends unseen. A finished
    // job deletes itself.
    if (m_signingIn && !m_signingIn->isFinished())
        delete m_signingIn.data();
    m_signingIn = nullptr;
}

SignInJob *AppCore::signIn(const QString &userName, const QString &password)
{
    SignInJob *job = newSignInJob(m_settings->kioskMode());
    if (m_storageError)
        job->finishLater(m_storageError);
    else
        job->follow(m_accounts->startSignIn(userName, password));
    return job;
}

SignInJob *AppCore::createAccount(const QString &userName, const QString &displayName,
                                  const QString &password, const QString &confirmation)
{
    SignInJob *job = newSignInJob(false);
    if (m_storageError)
        job->finishLater(m_storageError);
    else
        job->follow(m_accounts->startCreateAccount(userName, displayName, password, confirmation));
    return job;
}

PatientSession *AppCore::accountReady(SignInJob *job, const QString &appUserId)
{
    if (job != m_signingIn)
        return nullptr;
    m_signingIn = nullptr;
    return startSession(appUserId);
}

PatientSession *AppCore::startSession(const QString &appUserId)
{
    const SessionServices services { .settings = m_settings,
                                     .accounts = m_accounts.get(),
                                     .network = m_network,
                                     .keychain = m_keychain };
    m_session = new PatientSession(services, appUserId, this);
    connect(m_session, &PatientSession::accountDeleted, this, &AppCore::signOut,
            Qt::QueuedConnection);
    connect(m_session, &PatientSession::workOutlivesSession, this, &AppCore::keepUntilDone);
    Q_EMIT sessionChanged(m_session);
    m_session->start();
    return m_session;
}

void AppCore::keepUntilDone(QObject *work)
{
    // Deleted here at the latest, before the network and the keychain it uses.
    work->setParent(this);
}

void AppCore::signOut()
{
    cancelSignIn();
    if (!m_session)
        return;
    PatientSession *ending = m_session;
    m_session = nullptr;
    // Nothing of this patient stays in memory: details, tokens and any grant attempt go with
    // the session object. Deleted later because a signal of the session may have led here.
    ending->end();
    ending->deleteLater();
    Q_EMIT sessionChanged(nullptr);
}
