#pragma once

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStringList>
#include <QWidget>

#include <algorithm>

// Geometry checks of a form (QFormLayout or QGridLayout) of labels as the patient sees it: every
// shown label gets the height its text needs (heightForWidth for word-wrapped ones) and lies inside
// its parent, and the shown rows are evenly spaced. Returns what is wrong, empty when nothing is.
namespace LayoutCheck {

inline QString describe(const QLabel *label)
{
    return label->objectName().isEmpty()
        ? QStringLiteral("label \"%1\"").arg(label->text().left(30))
        : label->objectName();
}

inline QStringList clippedLabels(const QWidget *area)
{
    QStringList problems;
    const auto labels = area->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int needed = label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                      : label->sizeHint().height();
        if (label->height() < needed)
            problems << QStringLiteral("%1 is %2 px high, its %3 lines need %4")
                            .arg(describe(label))
                            .arg(label->height())
                            .arg(label->text().count(QLatin1Char('\n')) + 1)
                            .arg(needed);
        if (!label->wordWrap() && label->width() < label->minimumSizeHint().width())
            problems << QStringLiteral("%1 is %2 px wide, needs %3")
                            .arg(describe(label))
                            .arg(label->width())
                            .arg(label->minimumSizeHint().width());
        const QWidget *parent = label->parentWidget();
        if (parent && !parent->rect().contains(label->geometry()))
            problems << QStringLiteral("%1 reaches outside its parent").arg(describe(label));
    }
    // The scrolled canvas must hold all of its content: a canvas smaller than its layout needs
    // squeezes the rows instead of scrolling.
    for (const QWidget *w = area; w; w = w->parentWidget()) {
        auto *scroll = qobject_cast<const QScrollArea *>(w);
        if (!scroll || !scroll->widget())
            continue;
        const QWidget *canvas = scroll->widget();
        const int needed = canvas->hasHeightForWidth() ? canvas->heightForWidth(canvas->width())
                                                       : canvas->minimumSizeHint().height();
        if (canvas->height() < needed)
            problems << QStringLiteral("the scrolled page is %1 px high, its content needs %2")
                            .arg(canvas->height())
                            .arg(needed);
        break;
    }
    return problems;
}

// The shown rows of a form or grid, top to bottom: each the union of its shown widgets.
inline QList<QRect> rowRects(const QLayout *layout)
{
    QList<QRect> rows;
    const auto add = [&rows](QRect &rect, const QLayoutItem *item) {
        if (item && item->widget() && item->widget()->isVisible())
            rect = rect.united(item->widget()->geometry());
    };
    if (auto *form = qobject_cast<const QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QRect rect;
            for (const auto role :
                 { QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole })
                add(rect, form->itemAt(row, role));
            if (!rect.isNull())
                rows << rect;
        }
    } else if (auto *grid = qobject_cast<const QGridLayout *>(layout)) {
        for (int row = 0; row < grid->rowCount(); ++row) {
            QRect rect;
            for (int column = 0; column < grid->columnCount(); ++column)
                add(rect, grid->itemAtPosition(row, column));
            if (!rect.isNull())
                rows << rect;
        }
    }
    return rows;
}

// The vertical gaps between the shown rows, top to bottom.
inline QList<int> rowGaps(const QLayout *layout)
{
    const QList<QRect> rows = rowRects(layout);
    QList<int> gaps;
    for (qsizetype i = 1; i < rows.size(); ++i)
        gaps << rows.at(i).top() - rows.at(i - 1).bottom() - 1;
    return gaps;
}

inline QStringList unevenRows(const QLayout *layout)
{
    const QList<int> gaps = rowGaps(layout);
    if (gaps.isEmpty())
        return {};
    const auto [low, high] = std::minmax_element(gaps.begin(), gaps.end());
    if (*high - *low <= 1 && *low >= 0)
        return {};
    QStringList text;
    for (int gap : gaps)
        text << QString::number(gap);
    return { QStringLiteral("rows are unevenly spaced: gaps %1 px").arg(text.join(u", ")) };
}

inline QStringList problems(const QWidget *formParent)
{
    QStringList found = clippedLabels(formParent);
    if (formParent->layout())
        found += unevenRows(formParent->layout());
    return found;
}

} // namespace LayoutCheck
