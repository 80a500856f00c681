#pragma once

#include "JourneyPage.h"

// Work in progress with PKB (checking its answer, fetching details): a busy indicator and a
// line saying what is happening. The event loop keeps running; this page only shows it.
class LinkingPage : public StatusPage
{
    Q_OBJECT
public:
    explicit LinkingPage(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;

private:
    void retranslate() override;

    QProgressBar *m_busy = nullptr;
};
