#pragma once

#include <QLabel>

// The title at the top of a page: a larger, bold font derived from the application font, so
// it follows the user's font size and scale.
class PageHeading : public QLabel
{
    Q_OBJECT
public:
    explicit PageHeading(const QString &text = {}, QWidget *parent = nullptr);
};
