#pragma once

#include "JourneyPage.h"

#include "pkb/PatientDetails.h"

#include <QDateTime>
#include <QHash>

class PageHeading;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

// The patient's details as PKB gave them: name, date of birth, sex at birth, NHS numbers
// (an invalid one flagged, never hidden), PKB public id, contacts, address, with Refresh.
class DetailsPage : public JourneyPage
{
    Q_OBJECT
public:
    explicit DetailsPage(QWidget *parent = nullptr);

    void setDetails(const PatientDetails &details, const QDateTime &lastUpdated);
    // Removes every piece of patient data from the page (sign-out, unlink, another account).
    void clear();
    void setBusy(bool busy);
    // The error banner offers Retry for getting the details: the page's own Refresh and its
    // "use Refresh" hint step aside meanwhile, so there is one action with one instruction.
    void setRetryOfferedAbove(bool offered);
    // PKB gave no refresh token: warn that access ends with the access token.
    void setNeedsGrantAtExpiry(bool needsGrant);

    // Kiosk mode: every national identifier stays off the page (not even in a hidden label a
    // screen reader could read) until the patient asks for it: the NHS numbers behind "Show NHS
    // number", the others (a CHI number, ...) behind "Show other identifiers". clear() hides
    // them again.
    void setIdentifiersHiddenUntilRevealed(bool hidden);
    bool isNhsNumberRevealed() const;
    // Kiosk mode: the details cannot be selected or copied except with the Copy buttons.
    void setDetailsSelectable(bool selectable);

    // A date as the page shows it: the locale's long format, without the weekday.
    static QString formatDate(const QDate &date);

Q_SIGNALS:
    void refreshRequested();
    void nhsNumberCopied();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;
    QLabel *newValueLabel(const char *objectName, QWidget *parent);
    QLabel *addRow(const char *objectName);
    void addFieldRow(QWidget *field);
    void setRowValue(QLabel *value, const QString &text);
    void setRowVisible(QWidget *field, bool visible);
    void rebuildNhsNumbers(const QList<NationalId> &numbers, bool withheld);
    void revealNhsNumber();
    void revealOtherIdentifiers();
    // Puts the identifiers on the page, or leaves them off while they are to stay hidden.
    void showIdentifiers();
    void updateActions();
    void forgetClipboard();
    // The labels showing the patient's data (the heading, the rows, the NHS numbers).
    QList<QLabel *> patientLabels() const;
    Qt::TextInteractionFlags valueInteraction() const;

    PageHeading *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_nhsCell = nullptr;
    QWidget *m_detailsArea = nullptr;
    QGridLayout *m_form = nullptr;
    QHash<QWidget *, QLabel *> m_rowLabels; // each field's row label
    QLabel *m_dob = nullptr;
    QLabel *m_deceased = nullptr;
    QLabel *m_sex = nullptr;
    QWidget *m_nhsNumbers = nullptr;
    QVBoxLayout *m_nhsLayout = nullptr;
    QWidget *m_otherIdsCell = nullptr;
    QLabel *m_otherIds = nullptr;
    QPushButton *m_revealOtherIds = nullptr;
    QLabel *m_publicId = nullptr;
    QLabel *m_contacts = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_expiryWarning = nullptr;
    QLabel *m_lastUpdated = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_reveal = nullptr;
    QDateTime m_lastUpdatedAt;
    PatientDetails m_details; // what is on screen, to show it again in another language
    QString m_copiedToClipboard;
    bool m_hideIdentifiers = false;
    bool m_selectable = true;
    bool m_nhsRevealed = false;
    bool m_otherIdsRevealed = false;
    bool m_hasDetails = false;
    bool m_retryOfferedAbove = false;
};
