#include "LicenceNotices.h"

#include <QFile>
#include <QMap>
#include <QStringList>

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString copyrightFile()
{
    return readResource(QStringLiteral(":/licences/copyright"));
}

// A DEP-5 paragraph: field name -> lines of its value (first line, then the continuation lines
// without their leading space; " ." stands for an empty line).
using Paragraph = QMap<QString, QStringList>;

QList<Paragraph> paragraphs(const QString &text)
{
    QList<Paragraph> result;
    Paragraph current;
    QString field;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
            field.clear();
        } else if (line.front().isSpace()) {
            if (!field.isEmpty()) {
                const QString value = line.mid(1);
                current[field].append(value == QLatin1String(".") ? QString() : value);
            }
        } else if (const qsizetype colon = line.indexOf(QLatin1Char(':')); colon > 0) {
            field = line.left(colon);
            current[field] = QStringList { line.mid(colon + 1).trimmed() };
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

// Free text (Comment): lines joined into paragraphs.
QString reflowed(const QStringList &lines)
{
    QStringList out;
    QString paragraph;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            out.append(paragraph);
            paragraph.clear();
        } else {
            paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
        }
    }
    out.append(paragraph);
    out.removeAll(QString());
    return out.join(QStringLiteral("\n\n"));
}

} // namespace

QString LicenceNotices::appLicence()
{
    return readResource(QStringLiteral(":/licences/LICENSE"));
}

QString LicenceNotices::appLicenceName()
{
    const QList<Paragraph> all = paragraphs(copyrightFile());
    for (const Paragraph &p : all) {
        if (p.value(QStringLiteral("Files")).value(0) == QLatin1String("*"))
            return p.value(QStringLiteral("License")).value(0);
    }
    return {};
}

QList<LicenceNotice> LicenceNotices::thirdParty()
{
    QList<LicenceNotice> notices;
    const QList<Paragraph> all = paragraphs(copyrightFile());
    for (const Paragraph &p : all) {
        const QStringList licence = p.value(QStringLiteral("License"));
        if (licence.isEmpty() || p.contains(QStringLiteral("Files"))
            || !p.contains(QStringLiteral("Comment"))) {
            continue;
        }
        // "Name: what it does. Copyright ...": the first line carries the name.
        const QString comment = reflowed(p.value(QStringLiteral("Comment")));
        const qsizetype colon = comment.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        LicenceNotice notice;
        notice.name = comment.left(colon).trimmed();
        notice.about = comment;
        notice.licence = licence.first();
        // A full text compiled in next to the copyright file wins over the paragraph's summary
        // (the LGPL paragraph points to Debian's common-licenses, absent on other systems).
        notice.text = readResource(QStringLiteral(":/licences/%1.txt").arg(notice.licence));
        if (notice.text.isEmpty())
            notice.text = licence.mid(1).join(QLatin1Char('\n'));
        notices.append(notice);
    }
    return notices;
}
