#pragma once

#include "JourneyPage.h"

// Where a kiosk's idle sign-out ends: says the patient was signed out and why, and offers the
// way back to signing in (focused, so Enter or Space takes it). It shows no patient data.
class SignedOutPage : public StatusPage
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

    QPushButton *m_signIn = nullptr;
};
