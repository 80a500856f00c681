#pragma once

#include <QString>

// Text from PKB made safe to show: control characters (NUL, C0, DEL, C1) and the invisible
// characters that reorder or hide text (bidi embeddings, overrides and isolates, marks,
// zero-width characters other than the joiners scripts need, BOM) are removed; tabs and line
// breaks become spaces. Right-to-left
// scripts still read right to left: the Unicode bidi algorithm needs none of these. Every
// string a PKB parser hands out for display passes through here (JsonFieldReader::string).
class DisplayText
{
public:
    static QString neutralised(const QString &text);
    static bool isUnsafe(char32_t codePoint);
};
