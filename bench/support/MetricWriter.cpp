#include "MetricWriter.h"

#include <cstdio>

void MetricWriter::write(const QString &name, double value, int decimals)
{
    std::printf("metric %s %s\n", qUtf8Printable(name),
                qUtf8Printable(QString::number(value, 'f', decimals)));
    std::fflush(stdout);
}

void MetricWriter::writeMiB(const QString &name, qint64 kib)
{
    write(name, double(kib) / 1024.0);
}

void MetricWriter::fail(const QString &why)
{
    std::fprintf(stderr, "bench failed: %s\n", qUtf8Printable(why));
    std::fflush(stderr);
}
