#include "accounts/PasswordHasher.h"

#include "core/LogCategories.h"

#include <QList>

#include <sodium.h>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // 1 = already initialised: fine
    return ready;
}

// Holds the UTF-8 bytes of a password and wipes them when it goes out of scope.
class WipedUtf8
{
public:
    explicit WipedUtf8(const QString &password)
    {
        QString normalised = password.normalized(QString::NormalizationForm_KC);
        m_bytes = normalised.toUtf8();
        // normalized() may hand back the caller's own data; only wipe a private copy.
        if (normalised.isDetached())
            sodium_memzero(normalised.data(), std::size_t(normalised.size()) * sizeof(QChar));
    }
    ~WipedUtf8()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
    }
    WipedUtf8(const WipedUtf8 &) = delete;
    WipedUtf8 &operator=(const WipedUtf8 &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// A stored hash names its own cost. A tampered or foreign one could ask for terabytes of
// memory or hours of work: refuse costs far above anything this app ever wrote.
bool isSaneArgon2idString(const QByteArray &stored)
{
    static const QByteArray prefix("$argon2id$v=19$");
    if (!stored.startsWith(prefix))
        return false;
    const QList<QByteArray> fields = stored.mid(prefix.size()).split('$');
    if (fields.size() != 3)
        return false;
    quint64 memoryKiB = 0;
    quint64 passes = 0;
    quint64 lanes = 0;
    for (const QByteArray &part : fields.first().split(',')) {
        bool ok = false;
        const quint64 n = part.mid(2).toULongLong(&ok);
        if (!ok || part.size() < 3 || part.at(1) != '=')
            return false;
        switch (part.at(0)) {
        case 'm':
            memoryKiB = n;
            break;
        case 't':
            passes = n;
            break;
        case 'p':
            lanes = n;
            break;
        default:
            return false;
        }
    }
    constexpr quint64 maxMemoryKiB = 1024 * 1024; // 1 GiB
    constexpr quint64 maxPasses = 16;
    return memoryKiB >= 8 && memoryKiB <= maxMemoryKiB && passes >= 1 && passes <= maxPasses
        && lanes == 1;
}

} // namespace

PasswordHashLimits PasswordHashLimits::production()
{
    return { crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
             crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE };
}

PasswordHashLimits PasswordHashLimits::minimum()
{
    return { crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN };
}

PasswordHasher::PasswordHasher(PasswordHashLimits limits)
    : m_limits(limits)
{ }

Result<QByteArray> PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady()) {
        return AppError::make(AppError::Kind::Storage,
                              tr("The password could not be protected on this computer."),
                              QStringLiteral("sodium_init failed"))
            .about(AppError::Field::Password);
    }
    char out[crypto_pwhash_STRBYTES];
    const WipedUtf8 utf8(password);
    if (crypto_pwhash_str_alg(out, utf8.data(), utf8.size(), m_limits.opsLimit, m_limits.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        qCWarning(lcAccounts) << "Argon2id hashing failed (out of memory?), memlimit"
                              << m_limits.memLimit;
        return AppError::make(AppError::Kind::Storage,
                              tr("The password could not be protected on this computer: it is "
                                 "short of memory. Close other programs and try again."),
                              QStringLiteral("crypto_pwhash_str_alg failed"), true)
            .about(AppError::Field::Password);
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &storedHash, const QString &password) const
{
    if (!sodiumReady() || storedHash.size() >= crypto_pwhash_STRBYTES
        || !isSaneArgon2idString(storedHash))
        return false;
    const WipedUtf8 utf8(password);
    // QByteArray data is NUL-terminated, as libsodium expects.
    return crypto_pwhash_str_verify(storedHash.constData(), utf8.data(), utf8.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &storedHash) const
{
    if (!sodiumReady() || storedHash.size() >= crypto_pwhash_STRBYTES
        || !isSaneArgon2idString(storedHash))
        return true;
    return crypto_pwhash_str_needs_rehash(storedHash.constData(), m_limits.opsLimit,
                                          m_limits.memLimit)
        != 0;
}
