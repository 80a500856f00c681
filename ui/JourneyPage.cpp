#include "JourneyPage.h"

#include "AlertLabel.h"
#include "BusyIndicator.h"
#include "FormLabel.h"
#include "PageHeading.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

JourneyPage::JourneyPage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(scroll);

    auto *canvas = new QWidget(scroll);
    auto *row = new QHBoxLayout(canvas);
    const int margin = fontMetrics().height() * 2;
    row->setContentsMargins(margin, margin, margin, margin);
    m_column = new QWidget(canvas);
    m_content = new QVBoxLayout(m_column);
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(fontMetrics().height() * 3 / 4);
    row->addStretch(1);
    row->addWidget(m_column, 100);
    row->addStretch(1);
    scroll->setWidget(canvas);
    setColumnWidthInCharacters(70);
}

void JourneyPage::setColumnWidthInCharacters(int characters)
{
    m_column->setMaximumWidth(fontMetrics().averageCharWidth() * characters);
}

void JourneyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

StatusPage::StatusPage(int columnWidthInCharacters, QWidget *parent)
    : JourneyPage(parent)
{
    setColumnWidthInCharacters(columnWidthInCharacters);
    content()->addStretch(1);
    m_heading = new PageHeading(QString(), this);
    content()->addWidget(m_heading);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    content()->addWidget(m_text);
    content()->addStretch(2);
}

void StatusPage::addBelowText(QWidget *widget, Qt::Alignment alignment)
{
    // Before the closing stretch.
    content()->insertWidget(content()->count() - 1, widget, 0, alignment);
}

void StatusPage::addBelowText(QLayout *layout)
{
    content()->insertLayout(content()->count() - 1, layout);
}

QProgressBar *StatusPage::addBusyIndicator(const QString &objectName)
{
    auto *busy = new QProgressBar(this);
    busy->setObjectName(objectName);
    busy->setRange(0, 0); // indeterminate
    busy->setTextVisible(false);
    addBelowText(busy);
    return busy;
}

FormPage::FormPage(const QString &name, QWidget *parent)
    : JourneyPage(parent)
    , m_name(name)
{
    setObjectName(name + QLatin1String("Page"));
    setColumnWidthInCharacters(60);
    m_heading = new PageHeading(QString(), this);
    content()->addWidget(m_heading);
    m_form = newFormLayout();
}

void FormPage::addField(QLineEdit *field)
{
    m_form->addRow(newFormLabel(field, this), field);
    m_fields.append(field);
    connect(field, &QLineEdit::returnPressed, this, &FormPage::submit);
}

void FormPage::finishForm()
{
    content()->addLayout(m_form);

    m_error = new AlertLabel(this);
    m_error->setObjectName(m_name + QLatin1String("Error"));
    content()->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(m_name + QLatin1String("Back"));
    m_back->setAutoDefault(true);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(m_name + QLatin1String("Submit"));
    m_submit->setDefault(true);
    m_busyIndicator = new BusyIndicator(this);
    m_busyIndicator->setObjectName(m_name + QLatin1String("Busy"));
    buttons->addStretch(1);
    buttons->addWidget(m_busyIndicator);
    buttons->addWidget(m_back);
    buttons->addWidget(m_submit);
    content()->addLayout(buttons);
    content()->addStretch(1);

    reserveWidthForText(m_submit, busyText());
    connect(m_submit, &QPushButton::clicked, this, &FormPage::submit);
    connect(m_back, &QPushButton::clicked, this, &FormPage::backRequested);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_escape, &QShortcut::activated, this, &FormPage::backRequested);
}

void FormPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    for (QLineEdit *field : std::as_const(m_fields))
        field->setReadOnly(busy);
    m_back->setEnabled(!busy);
    m_escape->setEnabled(!busy);
    if (busy) {
        // The focus stays where it was: a disabled button would drop it.
        m_submit->setEnabled(false);
        showBusyTexts();
    } else {
        m_submit->setEnabled(true);
        m_busyIndicator->hideBusy();
        retranslate();
    }
}

void FormPage::showBusyTexts()
{
    m_submit->setText(busyText());
    // Setting the accessible name tells screen readers that the action is under way.
    m_submit->setAccessibleName(busyText());
    m_submit->setAccessibleDescription(busyText());
    m_busyIndicator->showBusy(busyText());
}

void FormPage::changeEvent(QEvent *event)
{
    JourneyPage::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    reserveWidthForText(m_submit, busyText());
    if (m_busy)
        showBusyTexts();
}

void FormPage::submit()
{
    if (m_busy)
        return;
    m_error->clearMessage();
    submitForm();
}
