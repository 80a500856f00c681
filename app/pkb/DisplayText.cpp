#include "pkb/DisplayText.h"

#include <QList>

bool DisplayText::isUnsafe(char32_t u)
{
    if (u < 0x20 || (u >= 0x7f && u < 0xa0))
        return true; // C0, DEL, C1
    switch (u) {
    case 0x061c: // ARABIC LETTER MARK
    case 0x200b: // ZERO WIDTH SPACE
    case 0x200e: // LEFT-TO-RIGHT MARK
    case 0x200f: // RIGHT-TO-LEFT MARK
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
    case 0xfeff: // BOM / ZERO WIDTH NO-BREAK SPACE
    case 0xfff9: // interlinear annotation controls
    case 0xfffa:
    case 0xfffb:
        return true;
    default:
        break;
    }
    return (u >= 0x202a && u <= 0x202e) // embeddings and overrides (LRE RLE PDF LRO RLO)
        || (u >= 0x2066 && u <= 0x2069) // isolates (LRI RLI FSI PDI)
        || (u >= 0x206a && u <= 0x206f) // deprecated format characters
        || (u >= 0xe0000 && u <= 0xe007f); // tag characters
}

QString DisplayText::neutralised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint u : codePoints) {
        // Line breaks and tabs become spaces, so words stay apart.
        if (u == '\t' || u == '\n' || u == '\r' || u == 0x2028 || u == 0x2029)
            out.append(QLatin1Char(' '));
        else if (!isUnsafe(char32_t(u)))
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&u), 1));
    }
    return out;
}
