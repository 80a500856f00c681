#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The bar above the grant page: whether the connection is encrypted, which host the page comes
// from (never its path or query), the loading progress and a Cancel button.
class GrantHeaderBar : public QWidget
{
    Q_OBJECT
public:
    explicit GrantHeaderBar(QWidget *parent = nullptr);

    void showPageUrl(const QUrl &url);
    void setProgress(int percent);
    void reset();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_securityIcon = nullptr;
    QLabel *m_securityLabel = nullptr;
    QLabel *m_hostLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
