#pragma once

#include <QWidget>

class GrantViewHost;
class QLabel;
class QPushButton;

// The grant step inside the main window: a line of explanation above PKB's own pages, shown in
// the GrantViewHost (which has its own host, padlock, progress and Cancel). Escape cancels.
class GrantStepPage : public QWidget
{
    Q_OBJECT
public:
    explicit GrantStepPage(QWidget *parent = nullptr);

    GrantViewHost *grantView() const { return m_view; }
    // Keyboard users start typing in PKB's page at once.
    void focusPkbPage();
    // Whether "Sign in with my web browser instead" is offered (never in a kiosk).
    void setBrowserSignInOffered(bool offered);

Q_SIGNALS:
    void browserSignInRequested();

protected:
    // Escape typed in PKB's page: the web content would swallow it, so it is caught on the
    // way in (the shortcut covers the rest of the page).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro = nullptr;
    QPushButton *m_browserSignIn = nullptr;
    GrantViewHost *m_view = nullptr;
};
