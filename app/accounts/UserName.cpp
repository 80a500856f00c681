#include "accounts/UserName.h"

namespace {

// Longer input is refused before the (linear, but not free) normalisation.
constexpr int maxTypedLength = 1024;

AppError invalid(const QString &message, const QString &detail)
{
    return AppError::make(AppError::Kind::InvalidInput, message, detail)
        .about(AppError::Field::UserName);
}

bool isForbidden(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

bool UserName::hasForbiddenCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            return true; // unpaired
        }
        if (isForbidden(codePoint))
            return true;
    }
    return false;
}

int UserName::codePointCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString UserName::keyOf(const QString &displayForm)
{
    // Unicode's NFKC_Casefold shape: fold, then normalise again (folding can denormalise).
    return displayForm.toCaseFolded().normalized(QString::NormalizationForm_KC);
}

Result<UserName> UserName::fromTyped(const QString &typed)
{
    if (typed.size() > maxTypedLength) {
        return invalid(tr("A user name can have at most %n characters.", nullptr, maxLength),
                       QStringLiteral("user name longer than %1 UTF-16 units").arg(maxTypedLength));
    }
    const QString normalised = typed.normalized(QString::NormalizationForm_KC);
    if (hasForbiddenCharacters(normalised)) {
        return invalid(tr("A user name cannot contain control characters, line breaks or "
                          "invisible formatting characters."),
                       QStringLiteral("user name has forbidden characters"));
    }
    const QString display = normalised.simplified();
    if (display.isEmpty()) {
        return invalid(tr("Enter a user name."), QStringLiteral("user name empty"));
    }
    if (codePointCount(display) > maxLength) {
        return invalid(tr("A user name can have at most %n characters.", nullptr, maxLength),
                       QStringLiteral("user name too long"));
    }
    UserName name;
    name.m_display = display;
    name.m_key = keyOf(display);
    return name;
}
