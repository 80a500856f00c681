#include "auth/FormBody.h"

void FormBody::add(const QString &key, const QString &value)
{
    m_fields.append({ key, value });
}

QByteArray FormBody::encoded() const
{
    QByteArray body;
    for (const auto &[key, value] : m_fields) {
        if (!body.isEmpty())
            body += '&';
        body += encode(key) + '=' + encode(value);
    }
    return body;
}

QByteArray FormBody::encode(const QString &text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*'
            || c == '-' || c == '.' || c == '_') {
            out += char(c);
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0f];
        }
    }
    return out;
}
