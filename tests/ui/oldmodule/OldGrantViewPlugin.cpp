// A grant view module of an older interface version, for tst_ui_grantmodule: it has the
// module's file name and a Qt plugin's metadata with the previous interface id, nothing else.
#include <QObject>
#include <QtPlugin>

class OldGrantViewPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.pkblink.GrantViewModule/0")
};

#include "OldGrantViewPlugin.moc"
