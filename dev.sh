#!/usr/bin/env bash
# PKB Link developer entry point. Two commands do everything on a fresh Debian 12 / Ubuntu machine:
#   ./dev.sh demo   install what is needed, build, start pkb-sandbox and the app against it
#   ./dev.sh test   install what is needed, build, run every test suite (prints CTest's summary)
# Other commands: deps, build, sandbox, format, bench, package.
set -euo pipefail
cd "$(dirname "$0")"

PRESET=${PRESET:-dev}
BUILD_DIR="build/$PRESET"
PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev libqt6sql6-sqlite
    libsodium-dev libxkbcommon-dev libgl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    desktop-file-utils appstream ccache
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "Installing ${#missing[@]} packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    deps
    # Compiler cache: paths relative to the checkout, so another clone of it hits the same cache.
    export CCACHE_BASEDIR="$PWD"
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        log "Configuring ($PRESET)"
        cmake --preset "$PRESET" >/dev/null
    fi
    log "Building ($PRESET${1:+: $*})"
    if [ $# -gt 0 ]; then
        cmake --build --preset "$PRESET" --target "$@" -- -j"$(nproc)"
    else
        cmake --build --preset "$PRESET" -- -j"$(nproc)"
    fi
}

# Starts pkb-sandbox in the background; sets SANDBOX_PID and SANDBOX_URL.
start_sandbox() {
    local out
    out=$(mktemp)
    "$BUILD_DIR/sandbox/pkb-sandbox" --port "${SANDBOX_PORT:-0}" "$@" >"$out" 2>&1 &
    SANDBOX_PID=$!
    for _ in $(seq 1 100); do
        SANDBOX_URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$out" | head -n1 || true)
        [ -n "$SANDBOX_URL" ] && break
        sleep 0.1
    done
    if [ -z "${SANDBOX_URL:-}" ]; then
        cat "$out" >&2
        echo "pkb-sandbox did not start" >&2
        exit 1
    fi
}

demo() {
    build pkb-link pkb-sandbox
    start_sandbox --nhs-login
    trap 'kill "$SANDBOX_PID" 2>/dev/null || true' EXIT
    log "pkb-sandbox at $SANDBOX_URL (seeded patients are listed on its login page)"
    if [ "$(id -u)" -eq 0 ]; then
        # Chromium refuses to run its sandbox as root; only the demo as root turns it off.
        export QTWEBENGINE_DISABLE_SANDBOX=1
    fi
    "$BUILD_DIR/app/pkb-link" --environment local --pkb-url "$SANDBOX_URL" \
        --client-id pkb-link-local --data-dir "${DEMO_DATA_DIR:-$PWD/build/demo-data}" "$@"
}

run_tests() {
    build
    log "Running the test suites (private HOME, D-Bus session, unlocked gnome-keyring, Xvfb)"
    local home rc=0
    home=$(mktemp -d)
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" QTWEBENGINE_DISABLE_SANDBOX=1 \
        dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1200x24" bash -c '
            mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
            eval "$(printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
            export GNOME_KEYRING_CONTROL
            ctest --test-dir "'"$BUILD_DIR"'" --output-on-failure -j "${CTEST_JOBS:-2}" "$@"
        ' bash "$@" || rc=$?
    rm -rf "$home"
    return "${rc:-0}"
}

case "${1:-}" in
    deps) deps ;;
    build) build ;;
    demo) shift; demo "$@" ;;
    test) shift; run_tests "$@" ;;
    sandbox) shift; build pkb-sandbox; exec "$BUILD_DIR/sandbox/pkb-sandbox" "$@" ;;
    format) find app ui sandbox tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i ;;
    bench) shift; build; exec bench/run.sh "$BUILD_DIR" "$@" ;;
    *)
        sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
