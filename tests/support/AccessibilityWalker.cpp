#include "AccessibilityWalker.h"

#include "PrivateKeyring.h"

#include <QProcess>

AccessibilityWalker::AccessibilityWalker(QObject *root)
    : m_root(root)
{
    s_walker = this;
    // Every event the widgets and Qt WebEngine send comes here instead of the AT-SPI bridge.
    QAccessible::installUpdateHandler(&AccessibilityWalker::onEvent);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &AccessibilityWalker::walkOnce);
    m_timer.start();
}

AccessibilityWalker::~AccessibilityWalker()
{
    QAccessible::installUpdateHandler(nullptr);
    s_walker = nullptr;
}

bool AccessibilityWalker::turnOnAccessibility(PrivateKeyring &session, QString *error)
{
    if (!session.start()) {
        *error = session.errorString();
        return false;
    }
    // Qt joins the accessibility bus only if it is there when the application starts.
    const int started =
        QProcess::execute(QStringLiteral("dbus-send"),
                          { QStringLiteral("--session"), QStringLiteral("--print-reply"),
                            QStringLiteral("--dest=org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
                            QStringLiteral("org.a11y.Bus.GetAddress") });
    if (started != 0) {
        *error = QStringLiteral("the accessibility bus did not start (at-spi2-core)");
        return false;
    }
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    return true;
}

void AccessibilityWalker::onEvent(QAccessibleEvent *event)
{
    if (!s_walker)
        return;
    ++s_walker->m_events;
    // The bridge names the object of the event by its interface's id.
    QAccessibleInterface *iface = event->accessibleInterface();
    if (!iface)
        return;
    s_walker->m_held.insert(QAccessible::uniqueId(iface));
    s_walker->ask(iface);
}

void AccessibilityWalker::walkOnce()
{
    ++m_walks;
    if (m_root) {
        if (QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_root))
            visit(root, 0);
    }
    const QSet<QAccessible::Id> held = m_held;
    for (QAccessible::Id id : held) {
        QAccessibleInterface *iface = QAccessible::accessibleInterface(id);
        if (!iface) {
            m_held.remove(id);
            continue;
        }
        ask(iface);
    }
}

void AccessibilityWalker::visit(QAccessibleInterface *iface, int depth)
{
    if (!iface || depth > 40 || !iface->isValid())
        return;
    const QAccessible::Id id = QAccessible::uniqueId(iface);
    m_held.insert(id);
    if (iface->role() == QAccessible::WebDocument)
        m_webDocuments.insert(id);
    ask(iface);
    const int count = iface->childCount();
    for (int i = 0; i < count; ++i)
        visit(iface->child(i), depth + 1);
}

// The questions Qt's AT-SPI bridge answers for a client that holds a path: it answers only for
// a valid interface.
void AccessibilityWalker::ask(QAccessibleInterface *iface)
{
    ++m_questions;
    if (!iface->isValid())
        return;
    (void)iface->role();
    (void)iface->state();
    (void)iface->text(QAccessible::Name);
    (void)iface->text(QAccessible::Description);
    (void)iface->rect();
    (void)iface->childCount();
    (void)iface->focusChild();
    if (QAccessibleInterface *parent = iface->parent()) {
        if (parent->isValid()) {
            (void)parent->role();
            (void)parent->indexOfChild(iface);
        }
    }
}
