#pragma once

#include "GrantViewInterface.h"

#include <QObject>

// The entry of the grant view module: the only symbol it exports is Qt's plugin instance.
class GrantViewPlugin : public QObject, public GrantViewModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.pkblink.GrantViewModule/1")
    Q_INTERFACES(GrantViewModule)
public:
    std::unique_ptr<GrantViewBackend> createView(QWidget *parent,
                                                 GrantViewCallbacks callbacks) override;
    bool registerRedirectScheme(const QUrl &redirectUri) override;
};
