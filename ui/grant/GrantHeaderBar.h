#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The bar above the grant page: whether the connection is encrypted, which site the patient is
// typing into (a plain name for known ones, "Patients Know Best" or "NHS login", and the host,
// never its path or query; both in the accessibility tree), the loading progress (only while a
// page loads) and Cancel.
class GrantHeaderBar : public QWidget
{
    Q_OBJECT
public:
    explicit GrantHeaderBar(QWidget *parent = nullptr);

    // siteName: a plain name for the site ("NHS login"), or empty when it has none.
    void showPageUrl(const QUrl &url, const QString &siteName = {});
    void setProgress(int percent);
    // The progress bar shows while a page loads and goes once it has.
    void setLoading(bool loading);
    void reset();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_securityIcon = nullptr;
    QLabel *m_securityLabel = nullptr;
    QLabel *m_siteLabel = nullptr;
    QLabel *m_hostLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
