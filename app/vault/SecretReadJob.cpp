#include "vault/SecretReadJob.h"

#include "core/LogCategories.h"
#include "vault/LockedItemCheck.h"

#include <QCoreApplication>

using Operation = KeychainEntryJob::Operation;

SecretReadJob::SecretReadJob(const QString &service, const QString &key, int retryDelayMs,
                             QObject *parent)
    : SecretJob(service, key, retryDelayMs, parent)
{ }

void SecretReadJob::run()
{
    readMainEntry();
}

void SecretReadJob::readMainEntry()
{
    runEntry(Operation::Read, key(), {}, [this](KeychainEntryJob *job) {
        if (finishedOnError(job))
            return;
        if (job->isNotFound()) {
            finishNotFound();
            return;
        }
        switch (ChunkedSecretFormat::kindOf(job->data())) {
        case ChunkedSecretFormat::EntryKind::Inline:
            m_secret = ChunkedSecretFormat::inlineSecret(job->data());
            m_found = true;
            finish();
            return;
        case ChunkedSecretFormat::EntryKind::Header:
            m_header = *ChunkedSecretFormat::parseHeader(job->data());
            m_secret.clear();
            readChunk(0);
            return;
        case ChunkedSecretFormat::EntryKind::Damaged:
            finish(damagedError(QStringLiteral("main keychain entry has an unknown layout")));
            return;
        }
    });
}

void SecretReadJob::finishNotFound()
{
    auto *check = new LockedItemCheck(service(), key(), this);
    connect(check, &LockedItemCheck::finished, this, [this](bool locked) {
        if (!locked) {
            finish();
            return;
        }
        qCInfo(lcVault) << "the keychain item is locked (its unlock prompt was cancelled or "
                           "could not be shown)";
        finish(AppError::make(AppError::Kind::KeychainUnavailable,
                              QCoreApplication::translate("SecretReadJob",
                                                          "Your system keychain is locked. "
                                                          "Unlock it, then press Retry."),
                              QStringLiteral("keychain item locked"), true));
    });
    check->start();
}

void SecretReadJob::readChunk(int n)
{
    if (n == m_header.count) {
        if (!ChunkedSecretFormat::isComplete(m_header, m_secret)) {
            chunkSetInconsistent("size or digest mismatch");
            return;
        }
        m_found = true;
        finish();
        return;
    }
    const QString chunkKey = ChunkedSecretFormat::chunkKey(key(), m_header.firstIndex + n);
    runEntry(Operation::Read, chunkKey, {}, [this, n](KeychainEntryJob *job) {
        if (finishedOnError(job))
            return;
        const auto payload = job->isNotFound()
            ? std::nullopt
            : ChunkedSecretFormat::chunkPayload(job->data(), m_header);
        if (!payload) {
            chunkSetInconsistent(job->isNotFound() ? "chunk missing" : "chunk of another set");
            return;
        }
        m_secret.append(*payload);
        readChunk(n + 1);
    });
}

void SecretReadJob::chunkSetInconsistent(const char *why)
{
    m_secret.clear();
    if (!m_rereadDone) {
        m_rereadDone = true;
        qCInfo(lcVault) << "chunked keychain entry inconsistent (" << why << "); reading again";
        readMainEntry();
        return;
    }
    finish(damagedError(
        QStringLiteral("chunked keychain entry inconsistent: %1").arg(QLatin1String(why))));
}
