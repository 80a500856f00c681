#include "AlertAccessible.h"

#include <QVariant>
#include <QWidget>

AlertAccessible::AlertAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::AlertMessage)
{ }

QString AlertAccessible::message() const
{
    // By property name, not by cast: the grant view module has its own copies of AlertLabel and
    // MessageWidget (their meta-objects differ from this copy's), and whichever copy's factory
    // Qt asks first makes the interface for every alert in the window.
    const QVariant strip = object()->property("message");
    return strip.isValid() ? strip.toString() : object()->property("text").toString();
}

QString AlertAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name: {
        const QString name = QAccessibleWidget::text(t);
        return name.isEmpty() ? message() : name;
    }
    case QAccessible::Description:
    case QAccessible::Value:
        return message();
    default:
        return QAccessibleWidget::text(t);
    }
}

void *AlertAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

void AlertAccessible::selection(int, int *startOffset, int *endOffset) const
{
    *startOffset = 0;
    *endOffset = 0;
}

QString AlertAccessible::text(int startOffset, int endOffset) const
{
    const QString said = message();
    if (startOffset < 0 || endOffset < startOffset || startOffset > said.size())
        return {};
    return said.mid(startOffset, endOffset - startOffset);
}

int AlertAccessible::characterCount() const
{
    return int(message().size());
}

QString AlertAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = offset;
    *endOffset = offset;
    return {};
}

namespace {
QAccessibleInterface *alertFactory(const QString &className, QObject *object)
{
    // Qt asks with each class name up the hierarchy: ErrorBanner and IdleWarning come here as
    // MessageWidget. The name is checked before the object is touched: Qt asks for every object
    // that gains focus, Qt WebEngine's own (built without RTTI) included.
    if (className != QLatin1String("AlertLabel") && className != QLatin1String("MessageWidget"))
        return nullptr;
    if (!object || !object->isWidgetType())
        return nullptr;
    return new AlertAccessible(static_cast<QWidget *>(object));
}
} // namespace

void AlertAccessible::announce(QWidget *widget)
{
    // The message is the description: a screen reader that cached the old one reads it again.
    QAccessibleEvent changed(widget, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void AlertAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed)
}
