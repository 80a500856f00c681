#pragma once

#include <QDialog>

class QListWidget;
class QPlainTextEdit;

// Versions (app, Qt, QtKeychain), a short privacy note, PKB Link's licence and the licences of
// the third-party software it is built on (compiled in: nothing is fetched).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString appVersion();
    static QString qtVersion();
    static QString keychainVersion();

private:
    QWidget *createAboutTab();
    QWidget *createLicenceTab();
    QWidget *createThirdPartyTab();
    void showThirdPartyNotice(int row);

    QListWidget *m_thirdPartyList = nullptr;
    QPlainTextEdit *m_thirdPartyText = nullptr;
};
