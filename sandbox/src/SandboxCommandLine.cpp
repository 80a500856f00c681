#include "SandboxCommandLine.h"

#include <QCommandLineParser>
#include <QUrl>

namespace {
bool positiveSeconds(const QString &text, int *seconds)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 86400)
        return false;
    *seconds = value;
    return true;
}
} // namespace

SandboxCommandLine::Result SandboxCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("pkb-sandbox: a local stand-in for Patients Know Best's OAuth and patient "
                       "endpoints, for demos and tests. Listens on 127.0.0.1 only."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (0 or absent: a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Patients JSON (default: the built-in "
                                                       "sandbox/seed/patients.json)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
                                            QStringLiteral("Registered client id."),
                                            QStringLiteral("ID"), config.clientId);
    const QCommandLineOption secretOption(QStringLiteral("client-secret"),
                                          QStringLiteral("Client secret."), QStringLiteral("S"),
                                          config.clientSecret);
    const QCommandLineOption redirectOption(
        QStringLiteral("redirect-uri"),
        QStringLiteral("Registered redirect URI; repeatable (default: "
                       "http://127.0.0.1/pkb-link/callback and pkblink://oauth/callback)."),
        QStringLiteral("URI"));
    const QCommandLineOption authOption(
        QStringLiteral("client-auth"),
        QStringLiteral("Token endpoint client authentication: none, client_secret_basic or "
                       "client_secret_post."),
        QStringLiteral("MODE"), QStringLiteral("none"));
    const QCommandLineOption pkceOption(QStringLiteral("pkce"),
                                        QStringLiteral("PKCE: required or optional."),
                                        QStringLiteral("MODE"), QStringLiteral("optional"));
    const QCommandLineOption noRotateOption(
        QStringLiteral("no-rotate-refresh-tokens"),
        QStringLiteral("A refresh returns the same refresh token (default: a new one, the old "
                       "one dies)."));
    const QCommandLineOption expiresOption(QStringLiteral("expires-in"),
                                           QStringLiteral("Access token lifetime in seconds."),
                                           QStringLiteral("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption codeLifetimeOption(
        QStringLiteral("code-lifetime"), QStringLiteral("Authorization code lifetime in seconds."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault: ENDPOINT:KIND[:VALUE[:TIMES]]; repeatable. Endpoints: "
                       "authorize, login, grant, token, users-self, purview, patient. Kinds: "
                       "latency (VALUE ms), status (VALUE = HTTP status), malformed, drop."),
        QStringLiteral("SPEC"));
    const QCommandLineOption providerPortOption(
        QStringLiteral("provider-port"),
        QStringLiteral("TCP port of the identity-provider stand-in (0 or absent: a free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption nhsLoginOption(
        QStringLiteral("nhs-login"),
        QStringLiteral("Offer \"Log in with NHS login\" on the login page (through the "
                       "identity-provider stand-in)."));
    const QCommandLineOption loopbackOption(
        QStringLiteral("loopback-redirects"),
        QStringLiteral("How a registered loopback redirect URI matches: exact (as PKB documents "
                       "it: port included) or any-port (RFC 8252 7.3, for one registered "
                       "without a port)."),
        QStringLiteral("MODE"), QStringLiteral("exact"));
    const QCommandLineOption noAdminOption(QStringLiteral("no-admin"),
                                           QStringLiteral("Disable the /__admin API."));
    parser.addOptions({ help, portOption, seedOption, clientIdOption, secretOption, redirectOption,
                        authOption, pkceOption, noRotateOption, expiresOption, codeLifetimeOption,
                        faultOption, providerPortOption, nhsLoginOption, loopbackOption,
                        noAdminOption });
    m_helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        m_errorText = parser.errorText();
        return Result::Error;
    }
    if (parser.isSet(help))
        return Result::ShowHelp;
    if (!parser.positionalArguments().isEmpty()) {
        m_errorText = QStringLiteral("unexpected argument: %1")
                          .arg(parser.positionalArguments().constFirst());
        return Result::Error;
    }
    bool ok = false;
    const uint portValue = parser.value(portOption).toUInt(&ok);
    if (!ok || portValue > 65535) {
        m_errorText = QStringLiteral("--port must be 0..65535");
        return Result::Error;
    }
    port = quint16(portValue);
    const uint providerPortValue = parser.value(providerPortOption).toUInt(&ok);
    if (!ok || providerPortValue > 65535) {
        m_errorText = QStringLiteral("--provider-port must be 0..65535");
        return Result::Error;
    }
    providerPort = quint16(providerPortValue);
    config.nhsLogin = parser.isSet(nhsLoginOption);
    const QString loopback = parser.value(loopbackOption);
    if (loopback != QLatin1String("exact") && loopback != QLatin1String("any-port")) {
        m_errorText = QStringLiteral("--loopback-redirects must be exact or any-port");
        return Result::Error;
    }
    config.loopbackAnyPort = loopback == QLatin1String("any-port");
    seedFile = parser.value(seedOption);
    config.clientId = parser.value(clientIdOption);
    config.clientSecret = parser.value(secretOption);
    if (config.clientId.isEmpty()) {
        m_errorText = QStringLiteral("--client-id must not be empty");
        return Result::Error;
    }
    if (parser.isSet(redirectOption)) {
        config.redirectUris = parser.values(redirectOption);
        for (const QString &uri : std::as_const(config.redirectUris)) {
            const QUrl url(uri, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty() || url.hasFragment()) {
                m_errorText = QStringLiteral("--redirect-uri %1 is not an absolute URI without "
                                             "fragment")
                                  .arg(uri);
                return Result::Error;
            }
        }
    }
    if (!SandboxConfig::clientAuthFromName(parser.value(authOption), &config.clientAuth)) {
        m_errorText = QStringLiteral("--client-auth must be none, client_secret_basic or "
                                     "client_secret_post");
        return Result::Error;
    }
    const QString pkce = parser.value(pkceOption);
    if (pkce != QLatin1String("required") && pkce != QLatin1String("optional")) {
        m_errorText = QStringLiteral("--pkce must be required or optional");
        return Result::Error;
    }
    config.pkceRequired = pkce == QLatin1String("required");
    config.rotateRefreshTokens = !parser.isSet(noRotateOption);
    if (!positiveSeconds(parser.value(expiresOption), &config.expiresInSeconds)
        || !positiveSeconds(parser.value(codeLifetimeOption), &config.codeLifetimeSeconds)) {
        m_errorText = QStringLiteral("--expires-in and --code-lifetime must be 1..86400 seconds");
        return Result::Error;
    }
    config.adminEnabled = !parser.isSet(noAdminOption);
    const QStringList faultSpecs = parser.values(faultOption);
    for (const QString &spec : faultSpecs) {
        QString error;
        const auto fault = Fault::fromSpec(spec, &error);
        if (!fault) {
            m_errorText = QStringLiteral("--fault %1: %2").arg(spec, error);
            return Result::Error;
        }
        faults.append(*fault);
    }
    return Result::Run;
}
