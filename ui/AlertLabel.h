#pragma once

#include <QLabel>

struct AppError;

// An inline message that tells the user what went wrong next to the fields it is about. It is
// hidden while empty, exposed to assistive technology as an alert whose description and text are
// the message (see AlertAccessible), and announced when it is shown.
class AlertLabel : public QLabel
{
    Q_OBJECT
public:
    explicit AlertLabel(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void showError(const AppError &error);
    void clearMessage();
};
