#pragma once

// The application as assistive technology sees it (the root of its AT-SPI tree): named with
// the application's display name ("PKB Link"), not its file name, on every Qt version (Qt names
// it after QCoreApplication::applicationName()). install() must run before anything asks for
// the application's accessible interface, so before the QApplication exists.
namespace AccessibleApplication {
void install();
}
