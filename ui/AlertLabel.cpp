#include "AlertLabel.h"

#include "core/AppError.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace {
// Qt has no setter for a widget's accessible role, so alert labels get their own interface.
class AlertLabelAccessible : public QAccessibleWidget
{
public:
    explicit AlertLabelAccessible(AlertLabel *label)
        : QAccessibleWidget(label, QAccessible::AlertMessage)
    { }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            const QString name = QAccessibleWidget::text(t);
            return name.isEmpty() ? static_cast<QLabel *>(widget())->text() : name;
        }
        if (t == QAccessible::Value)
            return static_cast<QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *alertLabelFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("AlertLabel") && object && object->isWidgetType())
        return new AlertLabelAccessible(static_cast<AlertLabel *>(object));
    return nullptr;
}
} // namespace

AlertLabel::AlertLabel(QWidget *parent)
    : QLabel(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(alertLabelFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    hide();
}

void AlertLabel::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
    if (!message.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void AlertLabel::showError(const AppError &error)
{
    showMessage(error.isError() ? error.userMessage : QString());
}

void AlertLabel::clearMessage()
{
    showMessage({});
}
