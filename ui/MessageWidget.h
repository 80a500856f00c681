#pragma once

#include <QFrame>
#include <QStyle>

class QLabel;
class QPushButton;

// A message strip above the pages (as KeePassXC's MessageWidget): an icon, the message and
// buttons in a raised frame in the tooltip colours (palette roles only, so light and dark themes
// both work). Hidden until shown. Assistive technology sees it as an alert whose description and
// text are the message (AlertAccessible); announce() tells it that the strip appeared.
class MessageWidget : public QFrame
{
    Q_OBJECT
    // Read by name by AlertAccessible, which may be another copy's (the grant view module's).
    Q_PROPERTY(QString message READ message)
public:
    QString message() const;

protected:
    MessageWidget(QStyle::StandardPixmap icon, QWidget *parent);

    // The label that holds the message (its object name, format and font are the subclass's).
    QLabel *textLabel() const { return m_text; }
    // A button after the message (and after the buttons added before it).
    QPushButton *addButton(const QString &objectName, Qt::Alignment alignment);
    void announce();

    // Sets every text; called again whenever the application's language changes.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_text = nullptr;
};
