#pragma once

#include <QFormLayout>
#include <QLabel>

// A form row's label whose text is set later (retranslate): QFormLayout::addRow with an empty
// text would make no label at all. Its mnemonic focuses buddy.
inline QLabel *newFormLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

// The form layout every page and dialog uses: fields grow, long rows wrap (150-200% scale,
// long translations).
inline QFormLayout *newFormLayout(QWidget *parent = nullptr)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

// Sets the text of the label of field's row (from retranslate()).
inline void setFormLabelText(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}
