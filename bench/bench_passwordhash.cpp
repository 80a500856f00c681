// Prints what one Argon2id password hash and one verification cost with the production limits,
// next to one SHA-256 of the same input as a floor. Not a test: figures for the decision record
// (docs/decisions/0003-accounts-storage.md).
#include "accounts/PasswordHasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kRuns = 7;

double medianMs(const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times.at(kRuns / 2)) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const PasswordHashLimits limits = PasswordHashLimits::production();
    const PasswordHasher hasher(limits);
    const QString password = QStringLiteral("correct horse battery staple");
    const QString params = QStringLiteral("(opslimit=%1, memlimit=%2 MiB)")
                               .arg(limits.opsLimit)
                               .arg(double(limits.memLimit) / (1024 * 1024));

    QByteArray stored;
    bool failed = false;
    const double hashMs = medianMs([&] {
        const auto hash = hasher.hash(password);
        failed = failed || !hash.ok();
        if (hash.ok())
            stored = hash.value();
    });
    bool verified = true;
    const double verifyMs =
        medianMs([&] { verified = hasher.verify(stored, password) && verified; });
    volatile char sink = 0;
    const double shaMs = medianMs([&] {
        sink = sink + QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).at(0);
    });

    if (failed || !verified) {
        std::fprintf(stderr, "argon2id hashing failed (out of memory?)\n");
        return 1;
    }
    out << QStringLiteral("argon2id parameters: opslimit=%1 memlimit=%2 bytes, hash %3")
               .arg(limits.opsLimit)
               .arg(qulonglong(limits.memLimit))
               .arg(QString::fromLatin1(
                   stored.left(stored.lastIndexOf('$', stored.lastIndexOf('$') - 1))))
        << Qt::endl;
    out << QStringLiteral("argon2id hash: median %1 ms over %2 runs %3")
               .arg(hashMs, 0, 'f', 1)
               .arg(kRuns)
               .arg(params)
        << Qt::endl;
    out << QStringLiteral("argon2id verify: median %1 ms over %2 runs %3")
               .arg(verifyMs, 0, 'f', 1)
               .arg(kRuns)
               .arg(params)
        << Qt::endl;
    out << QStringLiteral("sha256 floor: median %1 ms over %2 runs (same input)")
               .arg(shaMs, 0, 'f', 4)
               .arg(kRuns)
        << Qt::endl;
    return 0;
}
