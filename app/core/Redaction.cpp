#include "core/Redaction.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

#include <atomic>
#include <cstdio>

namespace {
// The patterns live as long as the process: Qt logs during exit, after objects with static
// storage duration are destroyed, and the message handler still needs them then. They are
// created on purpose with new and never deleted.
const QString &secretKeys()
{
    static const QString *keys =
        new QString(QStringLiteral("access_token|refresh_token|id_token|code_verifier|"
                                   "code_challenge|client_secret|password|state|code"));
    return *keys;
}

const QRegularExpression *caseInsensitive(const QString &pattern)
{
    return new QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

// key=value in queries and form bodies. The key must not be the tail of a longer name
// ("error_code", "xstate") unless it follows an encoded "?" or "&" (a URL inside a query); the
// separator may be percent-encoded once or twice. The value runs to the next delimiter.
const QRegularExpression &formPattern()
{
    static const QRegularExpression *pattern = caseInsensitive(
        QStringLiteral("(?:(?<![A-Za-z0-9_.\\-])|(?<=%3F)|(?<=%26)|(?<=%253F)|(?<=%2526))(%1)"
                       "(=|%3D|%253D)(?!<redacted>)[^&\\s\"'<>,;)\\]}]*")
            .arg(secretKeys()));
    return *pattern;
}

// "key":"value" in JSON.
const QRegularExpression &jsonPattern()
{
    static const QRegularExpression *pattern = caseInsensitive(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"").arg(secretKeys()));
    return *pattern;
}

// \"key\":\"value\" in JSON that was quoted inside a string (qDebug() << QString).
const QRegularExpression &escapedJsonPattern()
{
    static const QRegularExpression *pattern = caseInsensitive(
        QStringLiteral("(\\\\\"(?:%1)\\\\\"\\s*:\\s*)(\\\\\").*?\\\\\"").arg(secretKeys()));
    return *pattern;
}

const QRegularExpression &credentialPattern()
{
    static const QRegularExpression *pattern =
        caseInsensitive(QStringLiteral("\\b(Bearer|Basic)(\\s+)[^\\s\"',;)\\]}]+"));
    return *pattern;
}

std::atomic<QtMessageHandler> previousHandler { nullptr };
std::atomic_bool handlerInstalled { false };

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = Redaction::redact(message);
    if (QtMessageHandler previous = previousHandler.load()) {
        previous(type, context, safe);
        return;
    }
    const QString line = qFormatLogMessage(type, context, safe);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}
} // namespace

QString Redaction::redact(QString text)
{
    if (text.isEmpty())
        return text;
    const QString redacted = placeholder(); // a literal: safe during exit
    text.replace(escapedJsonPattern(), QStringLiteral("\\1\\2") + redacted + QStringLiteral("\\2"));
    text.replace(jsonPattern(), QStringLiteral("\\1\"") + redacted + QStringLiteral("\""));
    text.replace(formPattern(), QStringLiteral("\\1\\2") + redacted);
    text.replace(credentialPattern(), QStringLiteral("\\1\\2") + redacted);
    return text;
}

QString Redaction::safeUrl(const QUrl &url)
{
    if (!url.isValid())
        return QStringLiteral("<invalid url>");
    QUrl safe = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString text = safe.toString(QUrl::FullyEncoded);
    if (url.hasQuery()) {
        QStringList parts;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
        for (const auto &item : items)
            parts.append(item.first + QLatin1Char('=') + placeholder());
        text += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    }
    // A path can carry a secret too (e.g. a token pasted into a URL by mistake).
    return redact(text);
}

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

// Qt's own categories that print widget text, key input or clipboard contents (a patient's
// name, NHS number or address) at debug or info level. Redaction cannot know patient data, so
// these stay off whatever QT_LOGGING_RULES or setFilterRules() say.
bool echoesWidgetText(const char *name)
{
    static const char *const prefixes[] = {
        "qt.accessibility", "qt.qpa.clipboard", "qt.qpa.input", "qt.qpa.keymapper",
        "qt.qpa.xkeyboard", "qt.text",          "qt.widgets",
    };
    for (const char *prefix : prefixes) {
        if (qstrncmp(name, prefix, qstrlen(prefix)) == 0)
            return true;
    }
    return false;
}

void quietCategoriesFilter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (echoesWidgetText(category->categoryName())) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
        category->setEnabled(QtWarningMsg, false);
    }
}
} // namespace

bool Redaction::isQuietCategory(const char *name)
{
    return echoesWidgetText(name);
}

void Redaction::installMessageHandler()
{
    if (handlerInstalled.exchange(true))
        return;
    previousHandler.store(qInstallMessageHandler(redactingHandler));
    previousFilter = QLoggingCategory::installFilter(quietCategoriesFilter);
}
