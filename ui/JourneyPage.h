#pragma once

#include <QWidget>

class AlertLabel;
class BusyIndicator;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QShortcut;
class QVBoxLayout;

// Base of the pages in the main window's journey: a centred column of readable width (in
// character widths, so it follows the font and the scale factor) inside a scroll area, so a
// page still fits at 200 % scale or in a small window.
class JourneyPage : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyPage(QWidget *parent = nullptr);

protected:
    // Sets every text of the page; called by the page's constructor and again whenever the
    // application's language changes.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    // The page's content goes here, top to bottom.
    QVBoxLayout *content() const { return m_content; }
    void setColumnWidthInCharacters(int characters);

private:
    QWidget *m_column = nullptr;
    QVBoxLayout *m_content = nullptr;
};

// A page that says one thing in the middle of the window (please wait, signed out, finish in
// the browser): a heading, a text and what the page adds below them (a busy indicator, buttons).
class StatusPage : public JourneyPage
{
    Q_OBJECT
protected:
    StatusPage(int columnWidthInCharacters, QWidget *parent);

    QLabel *heading() const { return m_heading; }
    QLabel *text() const { return m_text; }
    // Below the text, in the order added.
    void addBelowText(QWidget *widget, Qt::Alignment alignment = {});
    void addBelowText(QLayout *layout);
    // An indeterminate progress bar below the text.
    QProgressBar *addBusyIndicator(const QString &objectName);

private:
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
};

// A page with a form (sign in, create account): a heading, what the page puts above the form,
// the form's fields, an inline error, and Back and the page's action. Enter in a field or the
// action submits (the error goes), Escape goes back.
class FormPage : public JourneyPage
{
    Q_OBJECT
public:
    // While the core works on a submitted form: the action is disabled and says what is under
    // way (for screen readers too) beside a busy indicator, the fields are read-only, Enter,
    // Back and Escape do nothing.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void backRequested();

protected:
    // name: the stem of the object names ("signIn": signInPage, signInError, signInBack,
    // signInSubmit).
    FormPage(const QString &name, QWidget *parent);

    QLabel *heading() const { return m_heading; }
    QFormLayout *form() const { return m_form; }
    AlertLabel *errorLabel() const { return m_error; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *submitButton() const { return m_submit; }
    // A row of the form for field, with a label whose text retranslate() sets.
    void addField(QLineEdit *field);
    // Once what goes above the form and the fields are added: the form, the error, the buttons.
    void finishForm();
    // Emits the page's submitted signal with what the fields hold.
    virtual void submitForm() = 0;
    // What the action says while busy ("Signing in…").
    virtual QString busyText() const = 0;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void showBusyTexts();

    QString m_name;
    QLabel *m_heading = nullptr;
    QFormLayout *m_form = nullptr;
    AlertLabel *m_error = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_submit = nullptr;
    BusyIndicator *m_busyIndicator = nullptr;
    QShortcut *m_escape = nullptr;
    QList<QLineEdit *> m_fields;
    bool m_busy = false;
};
