#pragma once

#include "JourneyPage.h"

class QLabel;
class QPushButton;

// Where a kiosk's idle sign-out ends: says the patient was signed out and why, and offers the
// way back to signing in (focused, so Enter or Space takes it). It shows no patient data.
class SignedOutPage : public JourneyPage
{
    Q_OBJECT
public:
    explicit SignedOutPage(QWidget *parent = nullptr);

    // Shows the page's button focused and tells assistive technology what happened.
    void announce();

Q_SIGNALS:
    void signInRequested();

private:
    void retranslate() override;

    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_signIn = nullptr;
};
