#pragma once

#include <QProgressBar>

class QPushButton;

// The moving bar beside a form's action while the core works on it (signing in, changing the
// password): hidden otherwise, keeping its place so nothing moves when it shows. Screen readers
// read it as a progress bar named after the work under way.
class BusyIndicator : public QProgressBar
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    // what: what is under way ("Signing in…"); shown while busy.
    void showBusy(const QString &what);
    void hideBusy();
};

// Makes button wide enough for text (what it says while busy) as well as its own text, so
// neither is cut short and nothing moves when it changes.
void reserveWidthForText(QPushButton *button, const QString &text);
