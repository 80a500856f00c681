#include "HtmlPages.h"

#include <QJsonArray>

namespace {
QString e(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

const char kStyle[] = R"(
body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; margin: 0; background: #f4f6f8;
       color: #1d2733; line-height: 1.5; }
.banner { background: #7a2e8e; color: #fff; padding: .6rem 1rem; font-weight: 600; }
.banner span { font-weight: 400; opacity: .9; }
main { max-width: 34rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem;
       border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1 { font-size: 1.4rem; margin-top: 0; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input[type=text], input[type=password], input:not([type]) { width: 100%; box-sizing: border-box;
       padding: .5rem; font-size: 1rem; border: 1px solid #8a96a3; border-radius: 4px; }
button { margin-top: 1.2rem; margin-right: .5rem; padding: .55rem 1.4rem; font-size: 1rem;
       border-radius: 4px; border: 1px solid #3d2f86; background: #4b3aa8; color: #fff;
       cursor: pointer; }
button.secondary { background: #fff; color: #3d2f86; }
button:focus-visible, input:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
#error { color: #a4141b; background: #fdecec; border-left: 4px solid #a4141b; padding: .5rem; }
#seeded-patients { margin-top: 2rem; background: #fff8e1; border: 1px dashed #c99a06;
       padding: .5rem 1rem; font-size: .9rem; }
#seeded-patients table { border-collapse: collapse; width: 100%; }
#seeded-patients th, #seeded-patients td { text-align: left; padding: .2rem .4rem; }
code { font-size: .95em; }
a.nhs-login { display: inline-block; padding: .55rem 1.4rem; border-radius: 4px;
       background: #005eb8; color: #fff; font-weight: 600; text-decoration: none; }
a.nhs-login:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
.provider { background: #005eb8; }
)";

QString page(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>%1 - PKB sandbox</title>\n<style>%2</style>\n</head>\n<body>\n"
               "<div class=\"banner\" role=\"banner\">PKB sandbox "
               "<span>a local test server, not Patients Know Best</span></div>\n"
               "<main>\n%3</main>\n</body>\n</html>\n")
        .arg(e(title), QString::fromLatin1(kStyle), body);
}

QString patientNote(const PatientRecord &patient)
{
    QStringList notes;
    if (!patient.refreshTokens)
        notes.append(QStringLiteral("no refresh token"));
    if (!patient.text("dateDeceased").isEmpty())
        notes.append(QStringLiteral("deceased"));
    if (patient.fields.value(QLatin1String("nationalIds")).toArray().size() > 1)
        notes.append(QStringLiteral("two NHS numbers"));
    const QString name = patient.displayName();
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 128;
    if (!ascii)
        notes.append(QStringLiteral("non-ASCII name"));
    return notes.join(QLatin1String(", "));
}
} // namespace

QString HtmlPages::login(const QString &authorizeQuery, const QString &clientId,
                         const QString &error, const QList<PatientRecord> &seededPatients,
                         const QString &nhsLoginHref)
{
    QString body = QStringLiteral("<h1>Sign in to PKB sandbox</h1>\n"
                                  "<p>The app <strong>%1</strong> asks to link to your record. "
                                  "Sign in first.</p>\n")
                       .arg(e(clientId));
    if (!error.isEmpty())
        body += QStringLiteral("<p id=\"error\" role=\"alert\">%1</p>\n").arg(e(error));
    body += QStringLiteral(
                "<form id=\"login-form\" method=\"post\" action=\"/login.action\">\n"
                "<input type=\"hidden\" name=\"authorize_query\" value=\"%1\">\n"
                "<label for=\"username\">User name</label>\n"
                "<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" "
                "autocapitalize=\"none\" spellcheck=\"false\" autofocus>\n"
                "<label for=\"password\">Password</label>\n"
                "<input id=\"password\" name=\"password\" type=\"password\" "
                "autocomplete=\"current-password\">\n"
                "<button id=\"login\" type=\"submit\">Sign in</button>\n"
                "</form>\n")
                .arg(e(authorizeQuery));
    if (!nhsLoginHref.isEmpty())
        body += QStringLiteral("<p class=\"or\">or</p>\n<p><a id=\"nhs-login\" class=\"nhs-login\" "
                               "href=\"%1\">Log in with NHS login</a></p>\n")
                    .arg(e(nhsLoginHref));
    body += QStringLiteral("<section id=\"seeded-patients\" aria-labelledby=\"seeded-title\">\n"
                           "<h2 id=\"seeded-title\">Test patients of this sandbox</h2>\n"
                           "<table>\n<tr><th scope=\"col\">User name</th><th scope=\"col\">"
                           "Password</th><th scope=\"col\">Name</th><th scope=\"col\">Notes</th>"
                           "</tr>\n");
    for (const PatientRecord &patient : seededPatients) {
        body += QStringLiteral("<tr><td><code>%1</code></td><td><code>%2</code></td><td>%3</td>"
                               "<td>%4</td></tr>\n")
                    .arg(e(patient.username), e(patient.password), e(patient.displayName()),
                         e(patientNote(patient)));
    }
    body += QStringLiteral("</table>\n</section>\n");
    return page(QStringLiteral("Sign in"), body);
}

QString HtmlPages::grant(const PatientRecord &patient, const QString &clientId,
                         const QString &authorizeQuery)
{
    const QString body =
        QStringLiteral("<h1>Allow access to your record?</h1>\n"
                       "<p id=\"signed-in-as\">Signed in as %1</p>\n"
                       "<p>The app <strong>%2</strong> will be able to see:</p>\n"
                       "<ul id=\"grant-scope\">\n"
                       "<li>your name, title, date of birth and sex</li>\n"
                       "<li>your NHS number and your PKB id</li>\n"
                       "<li>your email address, phone numbers and postal address</li>\n"
                       "</ul>\n"
                       "<p>It keeps this access until you or PKB end it.</p>\n"
                       "<form id=\"grant-form\" method=\"post\" action=\"/grant.action\">\n"
                       "<input type=\"hidden\" name=\"authorize_query\" value=\"%3\">\n"
                       "<button id=\"allow\" type=\"submit\" name=\"decision\" "
                       "value=\"allow\">Allow</button>\n"
                       "<button id=\"deny\" class=\"secondary\" type=\"submit\" name=\"decision\" "
                       "value=\"deny\">Deny</button>\n"
                       "</form>\n")
            .arg(e(patient.displayName()), e(clientId), e(authorizeQuery));
    return page(QStringLiteral("Allow access"), body);
}

QString HtmlPages::error(const QString &heading, const QString &message)
{
    return page(heading,
                QStringLiteral("<h1>%1</h1>\n<p id=\"error\" role=\"alert\">%2</p>\n")
                    .arg(e(heading), e(message)));
}

namespace {
QString providerPage(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>%1 - identity provider stand-in</title>\n<style>%2</style>\n</head>\n"
               "<body>\n<div class=\"banner provider\" role=\"banner\">Identity provider "
               "stand-in <span>a local test server playing NHS login, not NHS login</span></div>\n"
               "<main>\n%3</main>\n</body>\n</html>\n")
        .arg(e(title), QString::fromLatin1(kStyle), body);
}
} // namespace

QString HtmlPages::providerLogin(const QList<std::pair<QString, QString>> &hiddenFields,
                                 const QString &error, const ProviderAccounts &accounts)
{
    QString body = QStringLiteral("<h1>Sign in with NHS login (stand-in)</h1>\n"
                                  "<p>Patients Know Best asks who you are.</p>\n");
    if (!error.isEmpty())
        body += QStringLiteral("<p id=\"error\" role=\"alert\">%1</p>\n").arg(e(error));
    body += QStringLiteral("<form id=\"provider-login-form\" method=\"post\" action=\"/login\">\n");
    for (const auto &[name, value] : hiddenFields)
        body += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                    .arg(e(name), e(value));
    body += QStringLiteral(
        "<label for=\"username\">Email address</label>\n"
        "<input id=\"username\" name=\"email\" type=\"text\" autocomplete=\"username\" "
        "autocapitalize=\"none\" spellcheck=\"false\" autofocus>\n"
        "<label for=\"password\">Password</label>\n"
        "<input id=\"password\" name=\"password\" type=\"password\" "
        "autocomplete=\"current-password\">\n"
        "<button id=\"login\" type=\"submit\" name=\"decision\" value=\"login\">Continue</button>\n"
        "<button id=\"cancel\" class=\"secondary\" type=\"submit\" name=\"decision\" "
        "value=\"cancel\">Cancel</button>\n"
        "</form>\n");
    body += QStringLiteral("<section id=\"seeded-patients\" aria-labelledby=\"seeded-title\">\n"
                           "<h2 id=\"seeded-title\">Test accounts of this stand-in</h2>\n"
                           "<table>\n<tr><th scope=\"col\">Email address</th><th scope=\"col\">"
                           "Password</th><th scope=\"col\">PKB record</th></tr>\n");
    for (const ProviderAccount &account : accounts.accounts()) {
        body += QStringLiteral("<tr><td><code>%1</code></td><td><code>%2</code></td><td>%3</td>"
                               "</tr>\n")
                    .arg(e(account.email), e(account.password),
                         account.pkbUsername.isEmpty() ? QStringLiteral("none")
                                                       : e(account.pkbUsername));
    }
    body += QStringLiteral("</table>\n</section>\n");
    return providerPage(QStringLiteral("Sign in"), body);
}

QString HtmlPages::providerError(const QString &heading, const QString &message)
{
    return providerPage(heading,
                        QStringLiteral("<h1>%1</h1>\n<p id=\"error\" role=\"alert\">%2</p>\n")
                            .arg(e(heading), e(message)));
}
