#pragma once

#include "JourneyPage.h"

class QLabel;
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
    void retranslate() override;

    QLabel *m_logo = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_meaningHeading = nullptr;
    QLabel *m_points = nullptr;
    QLabel *m_start = nullptr;
    QPushButton *m_createAccount = nullptr;
    QPushButton *m_signIn = nullptr;
};
