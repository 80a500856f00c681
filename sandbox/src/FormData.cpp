#include "FormData.h"

#include <QUrl>

namespace {
QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

FormData FormData::parse(const QByteArray &encoded)
{
    FormData form;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QStringLiteral("") : decode(pair.mid(equals + 1));
        if (form.m_values.contains(name)) {
            if (!form.m_duplicates.contains(name))
                form.m_duplicates.append(name);
            continue;
        }
        form.m_values.insert(name, value.isNull() ? QStringLiteral("") : value);
    }
    return form;
}

QByteArray FormData::encode(const QList<std::pair<QString, QString>> &pairs)
{
    QByteArray encoded;
    for (const auto &[name, value] : pairs) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}
