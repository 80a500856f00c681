#include "SandboxRequest.h"

#include <QList>

QString SandboxRequest::cookieValue(const QString &name) const
{
    const QList<QByteArray> cookies = cookie.split(';');
    for (const QByteArray &entry : cookies) {
        const QByteArray trimmed = entry.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals > 0 && QString::fromLatin1(trimmed.left(equals)) == name)
            return QString::fromLatin1(trimmed.mid(equals + 1));
    }
    return {};
}
