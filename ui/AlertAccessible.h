#pragma once

#include <QAccessibleWidget>

// What assistive technology sees of a widget that tells the user what went wrong or what is about
// to happen (AlertLabel; the MessageWidget strips ErrorBanner and IdleWarning): the "alert"
// role, the widget's accessible name (or the message when it has none), the visible message as
// description, value and text, so a screen reader can read the reason and not only a heading.
class AlertAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit AlertAccessible(QWidget *widget);

    QString text(QAccessible::Text t) const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTextInterface: the message, read-only, no selection.
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override { }
    void removeSelection(int) override { }
    void setSelection(int, int, int) override { }
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override { }
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override { }
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // Tells assistive technology that widget has just appeared with something to say. Qt passes
    // the event on only while assistive technology (or a test's update handler) listens.
    static void announce(QWidget *widget);

    // Installs the factory that gives AlertLabel and every MessageWidget this interface (once).
    static void installFactory();

private:
    // Looked up on every call: while the widget is being destroyed it is no longer an
    // AlertLabel or MessageWidget, and the message is empty rather than read from a dead object.
    QString message() const;
};
