#pragma once

#include <QWidget>

class QVBoxLayout;

// Base of the pages in the main window's journey: a centred column of readable width (in
// character widths, so it follows the font and the scale factor) inside a scroll area, so a
// page still fits at 200 % scale or in a small window.
class JourneyPage : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyPage(QWidget *parent = nullptr);

protected:
    // Sets every text of the page; called by the page's constructor and again whenever the
    // application's language changes.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    // The page's content goes here, top to bottom.
    QVBoxLayout *content() const { return m_content; }
    void setColumnWidthInCharacters(int characters);

private:
    QWidget *m_column = nullptr;
    QVBoxLayout *m_content = nullptr;
};
