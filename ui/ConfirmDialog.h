#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

// Asks the user to confirm an action without blocking the event loop: the question is shown
// window-modal and the answer arrives later through a callback. Tests bypass the dialog with
// setNextAnswer() (the seam KeePassXC's MessageBox::setNextAnswer made popular).
class ConfirmDialog
{
public:
    using Callback = std::function<void(bool confirmed)>;

    // callback runs once, later, unless parent is destroyed first.
    static void ask(QWidget *parent, const QString &title, const QString &question,
                    const QString &confirmText, Callback callback);

    // The next ask() answers this at once (asynchronously) instead of showing a dialog.
    static void setNextAnswer(bool confirmed);
    static void clearNextAnswer();

private:
    static std::optional<bool> s_nextAnswer;
};
