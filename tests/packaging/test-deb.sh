#!/usr/bin/env bash
# Usage: test-deb.sh BUILD_DIR SOURCE_DIR
# Packs the Debian package of an already built tree (cpack -G DEB into a temporary folder),
# validates its .desktop file, AppStream metainfo and copyright file, checks what it contains and
# that every version in it is the project's, and, as root, installs it with apt-get, runs the
# installed pkb-link, and removes it again.
# Exit codes: 0 passed, 1 failed, 77 skipped (install part or validators unavailable: not root).
set -euo pipefail

BUILD_DIR=$(cd "${1:?usage: test-deb.sh BUILD_DIR SOURCE_DIR}" && pwd)
SOURCE_DIR=$(cd "${2:?usage: test-deb.sh BUILD_DIR SOURCE_DIR}" && pwd)
APP_ID=org.pkblink.PkbLink
PACKAGE=pkb-link
APT_OPTIONS=(-y -qq --no-install-recommends -o DPkg::Lock::Timeout=300)

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pkblink-deb-test.XXXXXX")
INSTALLED_BY_US=0

log() { printf '== %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
skip() {
    printf 'SKIP: %s\n' "$*"
    exit 77
}

cleanup() {
    local rc=$?
    if [ "$INSTALLED_BY_US" -eq 1 ] && dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
        echo "cleanup: removing $PACKAGE" >&2
        DEBIAN_FRONTEND=noninteractive apt-get remove "${APT_OPTIONS[@]}" "$PACKAGE" >/dev/null 2>&1 ||
            dpkg --remove "$PACKAGE" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK_DIR"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

is_root() { [ "$(id -u)" -eq 0 ]; }

# --- 0. Inputs -------------------------------------------------------------------------------
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "$BUILD_DIR/CPackConfig.cmake missing (packaging/Packaging.cmake not included?)"
[ -x "$BUILD_DIR/main/pkb-link" ] || fail "$BUILD_DIR/main/pkb-link missing: build the pkb-link target first"
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
[ -n "$VERSION" ] || fail "no CMAKE_PROJECT_VERSION in $BUILD_DIR/CMakeCache.txt"
log "project version $VERSION, source $SOURCE_DIR"

# --- 1. Pack -------------------------------------------------------------------------------------
log "cpack -G DEB"
if ! cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK_DIR/cpack" >"$WORK_DIR/cpack.log" 2>&1; then
    cat "$WORK_DIR/cpack.log" >&2
    fail "cpack failed"
fi
mapfile -t debs < <(find "$WORK_DIR/cpack" -maxdepth 1 -name '*.deb')
[ "${#debs[@]}" -eq 1 ] || fail "expected exactly one .deb, found ${#debs[@]}: ${debs[*]:-none}"
DEB=${debs[0]}
log "built $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"

dpkg-deb -I "$DEB"

deb_field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(deb_field Package)" = "$PACKAGE" ] || fail "Package field is '$(deb_field Package)'"
[ "$(deb_field Version)" = "$VERSION" ] || fail "Version field is '$(deb_field Version)', expected $VERSION"
[ "$(deb_field Section)" = "medical" ] || fail "Section field is '$(deb_field Section)'"
DEPENDS=$(deb_field Depends)
log "Depends: $DEPENDS"
# Names as dpkg-shlibdeps gives them on this release: Debian 13 (and Ubuntu 24.04) renamed some
# libraries for 64-bit time_t (libqt6core6 -> libqt6core6t64).
for lib in libqt6core6 libqt6webenginecore6 libqt6keychain1 libsodium23 libqt6sql6-sqlite; do
    grep -Eq "(^|[ ,|])$lib(t64)?([ (,]|$)" <<<"$DEPENDS" || fail "Depends lacks $lib (dpkg-shlibdeps not run?)"
done
deb_field Recommends | grep -q gnome-keyring || fail "Recommends lacks a Secret Service provider"
MAINTAINER=$(sed -n 's/^PKBLINK_PACKAGE_MAINTAINER:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
[ "$(deb_field Maintainer)" = "$MAINTAINER" ] ||
    fail "Maintainer field is '$(deb_field Maintainer)', expected PKBLINK_PACKAGE_MAINTAINER '$MAINTAINER'"

# --- 2. Contents --------------------------------------------------------------------------------
log "dpkg-deb -c"
dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$WORK_DIR/contents.txt"
expected=(
    /usr/bin/pkb-link
    "/usr/share/applications/$APP_ID.desktop"
    "/usr/share/metainfo/$APP_ID.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    "/usr/share/doc/$PACKAGE/copyright"
)
for size in 16 32 48 64 128; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$WORK_DIR/contents.txt" || fail "package lacks $path"
done
# The grant view module (the only part linking Qt WebEngine), in <libdir>/pkb-link.
MODULE_PATH=$(grep -E '^/usr/lib/([^/]+/)?pkb-link/pkblink_grantview\.so$' "$WORK_DIR/contents.txt") ||
    fail "package lacks the grant view module /usr/lib/<multiarch>/pkb-link/pkblink_grantview.so"
if grep -E 'pkb-sandbox|/tst_|bench' "$WORK_DIR/contents.txt"; then
    fail "package holds the sandbox, a test or a benchmark (listed above)"
fi
# Nothing outside the app's own files (directories end with /).
if grep -vE '/$' "$WORK_DIR/contents.txt" |
    grep -vE "^/usr/bin/pkb-link$|^/usr/lib/([^/]+/)?pkb-link/pkblink_grantview\.so$|^/usr/share/(applications|metainfo)/$APP_ID\.|^/usr/share/icons/hicolor/[0-9a-z]+/apps/$APP_ID\.(png|svg)$|^/usr/share/doc/$PACKAGE/copyright$"; then
    fail "package holds unexpected files (listed above)"
fi
log "contents: $(grep -cvE '/$' "$WORK_DIR/contents.txt") files, as expected"

# --- 3. Validate the desktop file and the metainfo, as extracted from the package ----------------
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
    if is_root; then
        log "installing desktop-file-utils appstream"
        DEBIAN_FRONTEND=noninteractive apt-get install "${APT_OPTIONS[@]}" desktop-file-utils appstream >/dev/null ||
            { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install "${APT_OPTIONS[@]}" desktop-file-utils appstream >/dev/null; } ||
            fail "could not install desktop-file-utils appstream"
    else
        skip "desktop-file-validate or appstreamcli missing and not root: apt-get install desktop-file-utils appstream"
    fi
fi
dpkg-deb -x "$DEB" "$WORK_DIR/root"
log "desktop-file-validate"
desktop-file-validate "$WORK_DIR/root/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate failed"
log "appstreamcli validate --no-net"
appstreamcli validate --no-net "$WORK_DIR/root/usr/share/metainfo/$APP_ID.metainfo.xml" ||
    fail "appstreamcli validate failed"
METAINFO="$WORK_DIR/root/usr/share/metainfo/$APP_ID.metainfo.xml"
grep -q "<project_license>MIT</project_license>" "$METAINFO" || fail "metainfo's project_license is not MIT"

# --- 3b. One version everywhere: CMake's project(VERSION), the package, the metainfo's newest
# release (dated as in CHANGELOG.md), the binary ------------------------------------------------
log "versions"
release=$(grep -oE '<release version="[^"]*" date="[^"]*"' "$METAINFO" | head -n1)
[ "$release" = "<release version=\"$VERSION\" date=\"$(sed -nE "s/^## \[$VERSION\] - ([0-9-]{10})$/\1/p" "$SOURCE_DIR/CHANGELOG.md")\"" ] ||
    fail "metainfo's newest release is '$release': not version $VERSION with its date in CHANGELOG.md"
grep -A3 "<release version=\"$VERSION\"" "$METAINFO" | grep -q "<description>" ||
    fail "metainfo's release $VERSION has no notes"
binary_version=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen timeout 60 \
    "$WORK_DIR/root/usr/bin/pkb-link" --version 2>&1) || fail "packed pkb-link --version failed: $binary_version"
grep -qE "^pkb-link $VERSION( |$)" <<<"$binary_version" ||
    fail "packed pkb-link --version prints '$binary_version', not version $VERSION"
echo "project $VERSION, package $(deb_field Version), metainfo ${release#<release }, binary: $binary_version"

# The metainfo's developer and contact are the package's Maintainer.
maintainer_name=$(sed 's/ *<[^<>]*>$//; s/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' <<<"$MAINTAINER")
maintainer_email=${MAINTAINER##*<}
maintainer_email=${maintainer_email%>}
grep -qF "<update_contact>$maintainer_email</update_contact>" "$METAINFO" ||
    fail "metainfo's update_contact is not $maintainer_email (PKBLINK_PACKAGE_MAINTAINER)"
grep -qF "<developer_name>$maintainer_name</developer_name>" "$METAINFO" ||
    fail "metainfo's developer_name is not $maintainer_name (PKBLINK_PACKAGE_MAINTAINER)"

# --- 3c. Copyright file: machine-readable (DEP-5), MIT, the third-party software listed ----------
log "copyright file"
COPYRIGHT="$WORK_DIR/root/usr/share/doc/$PACKAGE/copyright"
[ "$(head -n1 "$COPYRIGHT")" = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] ||
    fail "copyright file does not start with the DEP-5 Format line"
grep -qx "Upstream-Name: $PACKAGE" "$COPYRIGHT" || fail "copyright file has no Upstream-Name: $PACKAGE"
grep -A2 -x "Files: \*" "$COPYRIGHT" | grep -qx "License: MIT" || fail "copyright file: Files: * is not License: MIT"
grep -qx "License: MIT" "$COPYRIGHT" || fail "copyright file lacks the MIT licence paragraph"
grep -qF "Permission is hereby granted, free of charge" "$COPYRIGHT" || fail "copyright file lacks the MIT licence text"
for part in "Qt 6 and Qt WebEngine:|LGPL-3.0-only" "Chromium:|BSD-3-Clause" "QtKeychain:|BSD-2-Clause" "libsodium:|ISC"; do
    name=${part%|*}
    licence=${part#*|}
    # A stand-alone licence paragraph whose Comment names the software.
    awk -v licence="License: $licence" -v name="Comment: $name" '
        /^$/ { if (l && c) found = 1; l = 0; c = 0; next }
        $0 == licence { l = 1 }
        index($0, name) == 1 { c = 1 }
        END { if (l && c) found = 1; exit !found }' "$COPYRIGHT" ||
        fail "copyright file does not list ${name%:} under $licence"
done
# DEP-5 syntax: every line is a field, a continuation (leading space) or a paragraph break.
if grep -nvE '^([A-Za-z-]+:( .*)?| .*|)$' "$COPYRIGHT"; then
    fail "copyright file has lines that are neither fields nor continuations (listed above)"
fi
grep -qx "Icon=$APP_ID" "$WORK_DIR/root/usr/share/applications/$APP_ID.desktop" || fail "desktop file's Icon is not $APP_ID"

# --- 4. Install, run, remove (root only) ----------------------------------------------------------
is_root || skip "not root: package built and checked; install/remove part not run"
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
    skip "$PACKAGE is already installed on this machine: not touching it"
fi
[ ! -e /usr/bin/pkb-link ] || fail "/usr/bin/pkb-link exists without the package: not overwriting it"

log "apt-get install $DEB"
INSTALLED_BY_US=1
if ! DEBIAN_FRONTEND=noninteractive apt-get install "${APT_OPTIONS[@]}" "$DEB" >"$WORK_DIR/apt.log" 2>&1; then
    cat "$WORK_DIR/apt.log" >&2
    fail "apt-get install failed"
fi
[ -x /usr/bin/pkb-link ] || fail "/usr/bin/pkb-link not installed"
[ -f "$MODULE_PATH" ] || fail "$MODULE_PATH not installed"
log "ldd /usr/bin/pkb-link: no Qt WebEngine (only the grant view module links it)"
if ldd /usr/bin/pkb-link | grep -i webengine; then
    fail "the installed pkb-link links Qt WebEngine (listed above)"
fi
ldd "$MODULE_PATH" | grep -qi webengine || fail "$MODULE_PATH does not link Qt WebEngine"

log "/usr/bin/pkb-link --version"
output=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/pkb-link --version 2>&1) ||
    fail "pkb-link --version failed: $output"
echo "$output"
grep -qE "^pkb-link $VERSION( |$)" <<<"$output" || fail "pkb-link --version does not print version $VERSION"

desktop-file-validate "/usr/share/applications/$APP_ID.desktop" || fail "installed desktop file invalid"
log "appstreamcli validate --no-net /usr/share/metainfo/$APP_ID.metainfo.xml"
appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml" || fail "installed metainfo invalid"
for path in "${expected[@]}"; do
    [ -f "$path" ] || fail "$path not installed"
done

log "apt-get remove $PACKAGE"
if ! DEBIAN_FRONTEND=noninteractive apt-get remove "${APT_OPTIONS[@]}" "$PACKAGE" >"$WORK_DIR/apt.log" 2>&1; then
    cat "$WORK_DIR/apt.log" >&2
    fail "apt-get remove failed"
fi
INSTALLED_BY_US=0
for path in "${expected[@]}" "$MODULE_PATH"; do
    [ ! -e "$path" ] || fail "$path still there after apt-get remove"
done
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
    fail "$PACKAGE still installed after apt-get remove"
fi
log "PASS: built, validated, installed, ran and removed $PACKAGE $VERSION"
