#pragma once

#include <QLabel>

// A form row's label whose text is set later (retranslate): QFormLayout::addRow with an empty
// text would make no label at all. Its mnemonic focuses buddy.
inline QLabel *newFormLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}
