#pragma once

#include <QString>
#include <QUrl>

// Makes an app redirect URI such as pkblink://oauth/callback visible to Qt WebEngine. Chromium
// only reports navigations to a custom scheme it knows, and schemes can only be registered before
// the QApplication exists: main() calls registerScheme() first thing.
class RedirectScheme
{
public:
    RedirectScheme() = delete;

    // Registers the redirect URI's scheme when it is a custom one (http and https need nothing).
    // Returns false when the scheme cannot be used: a browser built-in scheme, an invalid name, or
    // too late (a QCoreApplication already exists and the scheme was not registered before).
    static bool registerScheme(const QUrl &redirectUri);

    // True for a scheme that is neither http(s) nor built into the browser.
    static bool isCustomScheme(const QString &scheme);
    // True once registerScheme() registered this scheme in this process.
    static bool isRegistered(const QString &scheme);
};
