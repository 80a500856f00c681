#pragma once

#include <QMainWindow>

class AppSettings;
class QLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppSettings *settings, const QString &dataDirectory, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showStartupError(const QString &message);

private:
    AppSettings *m_settings;
    QString m_dataDirectory;
    QLabel *m_status = nullptr;
};
