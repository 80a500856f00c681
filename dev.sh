#!/usr/bin/env bash
# PKB Link developer entry point. Two commands do everything on a fresh Debian 12 / Ubuntu machine:
#   ./dev.sh demo   install what is needed, build, start pkb-sandbox and the app against it
#   ./dev.sh test   install what is needed, build, run every test suite (prints CTest's summary)
#   ./dev.sh test --on debian13   the same inside a cached minimal Debian 13 root (needs root)
#   ./dev.sh fuzz [seconds]   build the libFuzzer targets (clang) and run each that long (30 s)
# Other commands: deps, build [targets], sandbox, format, bench, fuzz [seconds].
set -euo pipefail
cd "$(dirname "$0")"

PRESET=${PRESET:-dev}
# BUILD_DIR may point elsewhere (the Debian 13 run builds in build/debian13 beside build/dev).
BUILD_DIR=${BUILD_DIR:-build/$PRESET}
# The fuzz targets' clang build: build/fuzz beside the default build trees, else BUILD_DIR-fuzz
# (build/debian13-fuzz for the Debian 13 run, whose clang differs).
if [ "$BUILD_DIR" = "build/$PRESET" ]; then
    FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-build/fuzz}
else
    FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-$BUILD_DIR-fuzz}
fi
# The same names on Debian 12 and 13 (Ubuntu 22.04+ too); add by release below where they differ.
PACKAGES=(
    cmake ninja-build g++ pkg-config git file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev libqt6sql6-sqlite
    libsodium-dev libxkbcommon-dev libgl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    desktop-file-utils appstream ccache
    at-spi2-core python3-pyatspi python3-gi
    clang libclang-rt-dev llvm
)
# Where `test --on debian13` keeps its root, outside any checkout so every clone reuses it.
PKBLINK_CACHE=${PKBLINK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pkb-link}
DEBIAN13_ROOT="$PKBLINK_CACHE/debian13-root"

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
        log "Configuring ($PRESET in $BUILD_DIR)"
        cmake --preset "$PRESET" -B "$BUILD_DIR" >/dev/null
    fi
    log "Building ($BUILD_DIR${1:+: $*})"
    if [ $# -gt 0 ]; then
        cmake --build "$BUILD_DIR" --target "$@" -- -j"$(nproc)"
    else
        cmake --build "$BUILD_DIR" -- -j"$(nproc)"
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
    # any-port: the app's browser sign-in takes a free loopback port (RFC 8252 7.3).
    start_sandbox --nhs-login --loopback-redirects any-port
    trap 'kill "$SANDBOX_PID" 2>/dev/null || true' EXIT
    log "pkb-sandbox at $SANDBOX_URL (seeded patients are listed on its login page)"
    if [ "$(id -u)" -eq 0 ]; then
        # Chromium refuses to run its sandbox as root; only the demo as root turns it off.
        export QTWEBENGINE_DISABLE_SANDBOX=1
    fi
    "$BUILD_DIR/main/pkb-link" --environment local --pkb-url "$SANDBOX_URL" \
        --client-id pkb-link-local --data-dir "${DEMO_DATA_DIR:-$PWD/build/demo-data}" "$@"
}

# One line naming the platform a test run used: OS, Qt (the one CMake found), compiler.
platform() {
    local qt cxx
    qt=$(sed -n 's/^PKBLINK_QT_VERSION:INTERNAL=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null)
    cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null)
    printf '%s, Qt %s, %s\n' "$(. /etc/os-release && echo "$PRETTY_NAME")" "${qt:-unknown}" \
        "$("${cxx:-c++}" --version 2>/dev/null | head -n1)"
}

run_tests() {
    build
    log "Running the test suites on $(platform) (private HOME, D-Bus, gnome-keyring, Xvfb)"
    local home rc=0
    home=$(mktemp -d)
    # The compiler cache stays the real one: the fuzz suite builds its clang tree from inside.
    if command -v ccache >/dev/null; then
        CCACHE_DIR=${CCACHE_DIR:-$(ccache -k cache_dir)}
        export CCACHE_DIR
    fi
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" QTWEBENGINE_DISABLE_SANDBOX=1 \
        dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1200x24" bash -c '
            mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
            eval "$(printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
            export GNOME_KEYRING_CONTROL
            ctest --test-dir "'"$BUILD_DIR"'" --output-on-failure -j "${CTEST_JOBS:-2}" "$@"
        ' bash "$@" || rc=$?
    rm -rf "$home"
    log "Ran on $(platform): $([ "$rc" -eq 0 ] && echo passed || echo "FAILED (exit $rc)")"
    return "${rc:-0}"
}

# --- Fuzzing (fuzz/): libFuzzer targets built with clang, ASan and UBSan ------------------------

fuzz_build() {
    deps
    export CCACHE_BASEDIR="$PWD"
    if [ ! -f "$FUZZ_BUILD_DIR/CMakeCache.txt" ]; then
        log "Configuring the fuzz targets (clang: $(clang++ --version | head -n1)) in $FUZZ_BUILD_DIR"
        cmake --preset fuzz -B "$FUZZ_BUILD_DIR" >/dev/null
    fi
    log "Building the fuzz targets ($FUZZ_BUILD_DIR)"
    cmake --build "$FUZZ_BUILD_DIR" --target pkblink_fuzzers -- -j"$(nproc)"
}

# fuzz_one TARGET SECONDS: runs one target with its seeds and dictionary; new inputs go to the
# build tree (the repository's corpus stays as it is), findings to $FUZZ_BUILD_DIR/findings.
fuzz_one() {
    local target=$1 seconds=$2 name=${1#fuzz_}
    local corpus="$FUZZ_BUILD_DIR/corpus/$name" findings="$FUZZ_BUILD_DIR/findings/$name"
    local dict=() log="$FUZZ_BUILD_DIR/logs/$target.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    case $name in
        users_self | fhir_* | token_response) dict=(-dict=fuzz/dict/json.dict) ;;
        authorization_callback) dict=(-dict=fuzz/dict/callback.dict) ;;
        settings) dict=(-dict=fuzz/dict/settings.dict) ;;
    esac
    local rc=0 start=$SECONDS
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        "$FUZZ_BUILD_DIR/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$findings/" "${dict[@]}" \
        ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} \
        "$corpus" "fuzz/corpus/$name" >"$log" 2>&1 || rc=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    if [ "$rc" -eq 0 ]; then
        printf '%-30s %12s executions in %s s, no finding\n' "$target" "${runs:-?}" \
            "$((SECONDS - start))"
    else
        printf '%-30s FINDING (exit %s) after %s executions; log: %s\n' "$target" "$rc" \
            "${runs:-?}" "$log"
        grep -E -m1 -A12 'ERROR: |runtime error|invariant broken|deadly signal' "$log" | sed 's/^/    /'
        ls "$findings" | sed "s|^|    input: $findings/|"
    fi
    return "$rc"
}

# Every target for SECONDS each, two at a time; fails when any target found something.
# FUZZ_JOBS: targets at a time; FUZZ_RUNS: stop a target after that many executions.
fuzz() {
    local seconds=${1:-30} jobs=${FUZZ_JOBS:-2} failed=0 target
    fuzz_build
    local targets=()
    for target in "$FUZZ_BUILD_DIR"/fuzz/fuzz_*; do
        [ -x "$target" ] && [ -f "$target" ] && targets+=("$(basename "$target")")
    done
    log "Fuzzing ${#targets[@]} targets for $seconds s each, $jobs at a time"
    local running=0
    for target in "${targets[@]}"; do
        if [ "$running" -ge "$jobs" ]; then
            wait -n || failed=1
            running=$((running - 1))
        fi
        fuzz_one "$target" "$seconds" &
        running=$((running + 1))
    done
    while [ "$running" -gt 0 ]; do
        wait -n || failed=1
        running=$((running - 1))
    done
    log "Fuzzing: $([ "$failed" -eq 0 ] && echo "no finding" || echo "FINDINGS (see above)")"
    return "$failed"
}

# --- Debian 13 ("trixie") from another Debian/Ubuntu machine ------------------------------------
# A minimal root made once with debootstrap under $PKBLINK_CACHE; each run bind-mounts this
# checkout at the same path inside, runs ./dev.sh test there (which installs what the root
# lacks, builds in build/debian13 with the root's own compiler cache) and unmounts again.

debian_mirror() {
    # The Debian archive this machine already uses (deb822 .sources or one-line lists).
    local uri
    uri=$(grep -hoE '^URIs:[[:space:]]*[^[:space:]]+/debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null |
        head -n1 | awk '{print $2}')
    [ -n "$uri" ] || uri=$(grep -hoE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+/debian/?[[:space:]]' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1 | awk '{print $NF}')
    echo "${PKBLINK_DEBIAN_MIRROR:-${uri:-http://deb.debian.org/debian}}"
}

create_debian13_root() {
    [ -x "$DEBIAN13_ROOT/bin/bash" ] && return 0
    command -v debootstrap >/dev/null || {
        log "Installing debootstrap"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    }
    local mirror partial="$DEBIAN13_ROOT.partial"
    mirror=$(debian_mirror)
    log "Creating a minimal Debian 13 root in $DEBIAN13_ROOT (debootstrap from $mirror, a few minutes, once)"
    rm -rf "$partial"
    mkdir -p "$PKBLINK_CACHE"
    debootstrap --variant=minbase trixie "$partial" "$mirror" >"$PKBLINK_CACHE/debootstrap.log" 2>&1 || {
        tail -n 20 "$PKBLINK_CACHE/debootstrap.log" >&2
        echo "debootstrap failed (full log: $PKBLINK_CACHE/debootstrap.log)" >&2
        return 1
    }
    echo "deb $mirror trixie-updates main" >>"$partial/etc/apt/sources.list"
    mv "$partial" "$DEBIAN13_ROOT"
}

DEBIAN13_MOUNTS=()
unmount_debian13() {
    local i pid root
    root=$(realpath "$DEBIAN13_ROOT")
    # Whatever the run left behind inside the root (a daemon, a hung test) would hold its mounts.
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ]; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    for ((i = ${#DEBIAN13_MOUNTS[@]} - 1; i >= 0; i--)); do
        umount -R "${DEBIAN13_MOUNTS[i]}" 2>/dev/null || umount -R -l "${DEBIAN13_MOUNTS[i]}" ||
            echo "could not unmount ${DEBIAN13_MOUNTS[i]}" >&2
    done
    DEBIAN13_MOUNTS=()
}

# mount_at TARGET MOUNT-ARGS...: mounts and remembers it for unmount_debian13.
mount_at() {
    local target=$1
    shift
    mkdir -p "$target"
    # Left over from a run that was killed: start clean.
    if mountpoint -q "$target"; then umount -R -l "$target"; fi
    mount "$@" "$target"
    DEBIAN13_MOUNTS+=("$target")
}

mount_debian13() {
    mount_at "$DEBIAN13_ROOT/proc" -t proc proc
    mount_at "$DEBIAN13_ROOT/dev" --rbind /dev
    mount --make-rslave "$DEBIAN13_ROOT/dev"
    mount_at "$DEBIAN13_ROOT/sys" --rbind /sys
    mount --make-rslave "$DEBIAN13_ROOT/sys"
    mount_at "$DEBIAN13_ROOT$PWD" --bind "$PWD"
    cp -L /etc/resolv.conf "$DEBIAN13_ROOT/etc/resolv.conf"
}

test_on_debian13() {
    if [ "$(id -u)" -ne 0 ]; then
        log "The Debian 13 root needs root (debootstrap, chroot, mounts): running with sudo"
        exec sudo env PKBLINK_CACHE="$PKBLINK_CACHE" CTEST_JOBS="${CTEST_JOBS:-2}" CI="${CI:-}" \
            "$PWD/dev.sh" test --on debian13 "$@"
    fi
    mkdir -p "$PKBLINK_CACHE"
    # One run at a time per root: the runs share its /tmp, its apt and the package test's install.
    exec 9>"$PKBLINK_CACHE/debian13.lock"
    flock -n 9 || {
        log "Waiting for another Debian 13 run to finish"
        flock 9
    }
    create_debian13_root
    trap unmount_debian13 EXIT
    trap 'exit 130' INT TERM
    mount_debian13
    log "Inside Debian 13: ./dev.sh test $* (build/debian13)"
    local rc=0
    chroot "$DEBIAN13_ROOT" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" CI="${CI:-}" CTEST_JOBS="${CTEST_JOBS:-2}" \
        BUILD_DIR=build/debian13 CCACHE_DIR=/var/cache/pkb-link/ccache \
        bash -c 'cd "$1" && shift && exec ./dev.sh test "$@"' bash "$PWD" "$@" || rc=$?
    unmount_debian13
    trap - EXIT
    return "$rc"
}

case "${1:-}" in
    deps) deps ;;
    build) shift; build "$@" ;;
    demo) shift; demo "$@" ;;
    test)
        shift
        if [ "${1:-}" = "--on" ]; then
            [ "${2:-}" = "debian13" ] || { echo "usage: ./dev.sh test --on debian13 [ctest args]" >&2; exit 2; }
            shift 2
            test_on_debian13 "$@"
        else
            run_tests "$@"
        fi
        ;;
    sandbox) shift; build pkb-sandbox; exec "$BUILD_DIR/sandbox/pkb-sandbox" "$@" ;;
    format) find app ui sandbox tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i ;;
    bench)
        shift
        # --release: our code built as Release (preset release-bench, build/release-bench), as
        # users get it; without it the dev build. Only what bench/run.sh runs is built.
        bench_args=()
        for arg in "$@"; do
            if [ "$arg" = --release ]; then
                PRESET=release-bench
                BUILD_DIR=build/release-bench
            else
                bench_args+=("$arg")
            fi
        done
        build bench_journey bench_everyday pkblink_grantview bench_floor_widgets bench_floor_webengine bench_floor_http pkb-sandbox
        exec bench/run.sh "$BUILD_DIR" "${bench_args[@]}"
        ;;
    fuzz) shift; fuzz "$@" ;;
    *)
        sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
