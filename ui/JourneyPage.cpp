#include "JourneyPage.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QScrollArea>
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
