#pragma once

#include "config/Environment.h"
#include "core/AppError.h"

#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>
#include <memory>

class QObject;
class QWidget;

// The interface between the app and the grant view module (the part that links Qt WebEngine and
// is loaded on first need, see GrantModuleLoader). Only values and Qt's own types cross it.

// What the view reports, each attempt ending with exactly one of redirectCaptured, cancelled or
// failed (none after clear()). Called from the event loop.
struct GrantViewCallbacks
{
    std::function<void(const QUrl &)> redirectCaptured;
    std::function<void()> cancelled;
    std::function<void(const AppError &)> failed;
    std::function<void(const QUrl &)> externalLinkRequested;
};

// One grant view: PKB's pages in an off-the-record profile per attempt.
class GrantViewBackend
{
public:
    virtual ~GrantViewBackend() = default;

    // The view's widget, a child of the parent given at creation.
    virtual QWidget *widget() const = 0;
    virtual void start(const QUrl &authorizeUrl, const EnvironmentConfig &environment,
                       const QUrl &redirectUri, const QString &acceptLanguage) = 0;
    virtual void cancel() = 0;
    virtual void clear() = 0;
    virtual bool isActive() const = 0;
    virtual QString refusalMessage() const = 0;
    // The current attempt's QWebEnginePage and QWebEngineProfile (null when idle), for tests.
    virtual QObject *page() const = 0;
    virtual QObject *profile() const = 0;
};

// The module's plugin instance.
class GrantViewModule
{
public:
    virtual ~GrantViewModule() = default;

    virtual std::unique_ptr<GrantViewBackend> createView(QWidget *parent,
                                                         GrantViewCallbacks callbacks) = 0;
    // Registers a custom redirect scheme (pkblink://) with Qt WebEngine: only before the
    // application object exists. False when the scheme cannot be used.
    virtual bool registerRedirectScheme(const QUrl &redirectUri) = 0;
};

// The last number is the interface version: change it with any change above.
#define PKBLINK_GRANTVIEW_IID "org.pkblink.GrantViewModule/1"
Q_DECLARE_INTERFACE(GrantViewModule, PKBLINK_GRANTVIEW_IID)
