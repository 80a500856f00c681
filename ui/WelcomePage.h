#pragma once

#include "JourneyPage.h"

class QPushButton;

// The first page: what the app does and what linking to PKB means, then create or sign in.
class WelcomePage : public JourneyPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void createAccountRequested();
    void signInRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *m_createAccount = nullptr;
    QPushButton *m_signIn = nullptr;
};
