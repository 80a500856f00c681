#include "AccessibleApplication.h"

#include <QAccessibleObject>
#include <QGuiApplication>

namespace {
class NamedApplication : public QAccessibleApplication
{
public:
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            const QString name = QGuiApplication::applicationDisplayName();
            if (!name.isEmpty())
                return name;
        }
        return QAccessibleApplication::text(t);
    }
};

QAccessibleInterface *applicationFactory(const QString &className, QObject *object)
{
    if (object && object == QCoreApplication::instance()
        && className == QLatin1String(object->metaObject()->className()))
        return new NamedApplication;
    return nullptr;
}
} // namespace

void AccessibleApplication::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(applicationFactory);
        return true;
    }();
    Q_UNUSED(installed)
}
