#pragma once

#include "config/Environment.h"
#include "core/AppError.h"

#include <QObject>
#include <QUrl>

#include <memory>

class AuthorizationRequest;
class PatientSession;

// One try at linking: the authorization request (state, PKCE), then, given the redirect the
// grant view caught, the code exchange, the tokens into the keychain and the first details.
// Emits finished exactly once. The account is never left half-linked: if anything after the
// exchange fails, the tokens are removed again.
class LinkAttempt : public QObject
{
    Q_OBJECT
public:
    enum class Stage { WaitingForGrant, ExchangingCode, FetchingDetails, Done };
    Q_ENUM(Stage)

    LinkAttempt(PatientSession *session, const EnvironmentConfig &environment,
                QObject *parent = nullptr);
    ~LinkAttempt() override;

    QUrl authorizeUrl() const;
    QUrl redirectUri() const { return m_environment.redirectUri; }
    const EnvironmentConfig &environment() const { return m_environment; }
    Stage stage() const { return m_stage; }

    // The grant view caught this navigation to the redirect URI.
    void complete(const QUrl &redirect);
    // The grant view failed (page could not load, certificate error) or the user cancelled.
    void abandon(const AppError &error);

Q_SIGNALS:
    void stageChanged(LinkAttempt::Stage stage);
    // error.kind == None: linked, the session holds the details.
    void finished(const AppError &error);

private:
    void setStage(Stage stage);
    void finish(const AppError &error);

    PatientSession *m_session;
    EnvironmentConfig m_environment;
    std::unique_ptr<AuthorizationRequest> m_request;
    Stage m_stage = Stage::WaitingForGrant;
    bool m_finished = false;
};
