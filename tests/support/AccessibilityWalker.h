#pragma once

#include <QAccessible>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class PrivateKeyring;

// What a screen reader does to the app, without D-Bus in between: from the event loop, again
// and again, it walks the whole accessibility tree from root (hidden parts too), asks again about
// every object it has ever seen, by id, as AT-SPI clients ask by object path, and asks about the
// object of every accessibility event at once, as Qt's AT-SPI bridge and a listening screen
// reader do. An interface the cache still hands out must answer without touching a deleted
// object: a suite using this crashes where the app would crash under a screen reader.
class AccessibilityWalker : public QObject
{
public:
    explicit AccessibilityWalker(QObject *root);
    ~AccessibilityWalker() override;
    Q_DISABLE_COPY_MOVE(AccessibilityWalker)

    // Before the QApplication exists: Qt's accessibility turned on as under a screen reader
    // (an accessibility bus on session's D-Bus, started before the application looks for it).
    // session is a private D-Bus session (and keyring) this process then uses. False when the
    // bus cannot be started.
    static bool turnOnAccessibility(PrivateKeyring &session, QString *error);

    int walks() const { return m_walks; }
    int events() const { return m_events; }
    int questions() const { return m_questions; }
    // Web documents (Qt WebEngine's accessible pages) seen in all.
    int webDocuments() const { return int(m_webDocuments.size()); }

private:
    static void onEvent(QAccessibleEvent *event);
    void walkOnce();
    void visit(QAccessibleInterface *iface, int depth);
    void ask(QAccessibleInterface *iface);

    static inline AccessibilityWalker *s_walker = nullptr;
    QPointer<QObject> m_root;
    QTimer m_timer;
    QSet<QAccessible::Id> m_held;
    QSet<QAccessible::Id> m_webDocuments;
    int m_walks = 0;
    int m_events = 0;
    int m_questions = 0;
};
