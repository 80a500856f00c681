#include "PageHeading.h"

PageHeading::PageHeading(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    setFont(heading);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}
