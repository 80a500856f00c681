#pragma once

#include "JourneyPage.h"

class PageHeading;
class QLabel;
class QPushButton;

// Signed in, not linked: a greeting and the button that starts the grant. In the grant-again
// state it says PKB ended the app's access and offers to grant it again.
class HomePage : public JourneyPage
{
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);

    void setDisplayName(const QString &displayName);
    void setGrantAgain(bool grantAgain);
    bool isGrantAgain() const { return m_grantAgain; }

Q_SIGNALS:
    void connectRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;

    QString m_displayName;
    PageHeading *m_greeting = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_grantAgainLabel = nullptr;
    QPushButton *m_connect = nullptr;
    bool m_grantAgain = false;
};
