#pragma once

#include <QDialog>

// Versions (app, Qt, QtKeychain) and a short privacy note.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString appVersion();
    static QString qtVersion();
    static QString keychainVersion();
};
