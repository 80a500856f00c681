#pragma once

#include <QLabel>

struct AppError;

// An inline message that tells the user what went wrong next to the fields it is about. It is
// hidden while empty, exposed to assistive technology with the "alert" role, and announced
// when its text changes.
class AlertLabel : public QLabel
{
    Q_OBJECT
public:
    explicit AlertLabel(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void showError(const AppError &error);
    void clearMessage();
};
