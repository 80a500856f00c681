#pragma once

#include <QString>

// The benchmarks' machine-readable output, one line per figure on stdout:
//   metric <name> <value>
// (bench/run.sh collects these). Everything else goes to stderr.
class MetricWriter
{
public:
    MetricWriter() = delete;

    static void write(const QString &name, double value, int decimals = 1);
    static void writeMiB(const QString &name, qint64 kib);
    static void fail(const QString &why);
};
