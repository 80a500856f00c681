#pragma once

#include <QList>
#include <QString>

// One piece of third-party software PKB Link is built on, as its copyright file lists it.
struct LicenceNotice
{
    QString name; // "QtKeychain"
    QString licence; // SPDX short name: "BSD-2-Clause"
    QString about; // what it does for the app, who holds the copyright
    QString text; // the full licence text
};

// The licences compiled into the app (:/licences, made by cmake/PkbLinkLicences.cmake): PKB
// Link's own and the third-party ones, read from the machine-readable copyright file (DEP-5) the
// Debian package installs, so the About window and the package say the same.
namespace LicenceNotices {
// The text of PKB Link's LICENSE file.
QString appLicence();
// The SPDX short name of PKB Link's licence ("MIT"), from the copyright file's "Files: *".
QString appLicenceName();
// Every stand-alone licence paragraph with a Comment naming the software, in file order.
QList<LicenceNotice> thirdParty();
} // namespace LicenceNotices
