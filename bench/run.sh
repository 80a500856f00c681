#!/usr/bin/env bash
# Runs the PKB Link benchmarks and prints medians against floors measured in the same run.
#   bench/run.sh <build dir> [--runs N] [--keep-logs]
# Called by `./dev.sh bench [args]` after it builds. Builds nothing. See bench/README.md.
set -euo pipefail

usage() {
    sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ $# -ge 1 ] || usage
case "$1" in -h | --help) usage ;; esac
BUILD_DIR=$(cd "$1" && pwd)
shift
RUNS=5
KEEP_LOGS=0
RESULTS=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --runs=*) RUNS=${1#--runs=}; shift ;;
        --keep-logs) KEEP_LOGS=1; shift ;;
        --results) RESULTS=$2; shift 2 ;; # internal: where the inner run writes its figures
        -h | --help) usage ;;
        *) echo "unknown argument: $1" >&2; usage ;;
    esac
done
case "$RUNS" in '' | *[!0-9]* | 0) echo "--runs needs a positive number" >&2; exit 2 ;; esac

BENCH_BIN="$BUILD_DIR/bench"
SANDBOX_BIN="$BUILD_DIR/sandbox/pkb-sandbox"
for bin in "$BENCH_BIN/bench_journey" "$BENCH_BIN/bench_everyday" "$BENCH_BIN/bench_floor_widgets" \
    "$BENCH_BIN/bench_floor_webengine" "$BENCH_BIN/bench_floor_http" "$SANDBOX_BIN"; do
    if [ ! -x "$bin" ]; then
        echo "missing $bin: build first (./dev.sh build; the benchmarks need" \
            "PKBLINK_BUILD_BENCH, PKBLINK_BUILD_TESTS and PKBLINK_BUILD_SANDBOX on)" >&2
        exit 1
    fi
done

# ---- Inner part: inside the private D-Bus session and X server ----------------------------
if [ "${PKBLINK_BENCH_INNER:-}" = 1 ]; then
    eval "$(printf 'bench-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    LOGS="$LOG_DIR"
    # The grant view module, as the app finds it beside pkb-link.
    export PKBLINK_GRANT_MODULE_DIR="$BUILD_DIR/main"

    sandbox_out="$LOGS/sandbox.out"
    QT_LOGGING_RULES="pkbsandbox.http.info=false" "$SANDBOX_BIN" --port 0 >"$sandbox_out" 2>&1 &
    sandbox_pid=$!
    trap 'kill "$sandbox_pid" 2>/dev/null || true' EXIT
    url=""
    for _ in $(seq 1 100); do
        url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$sandbox_out" | head -n1 || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    if [ -z "$url" ]; then
        cat "$sandbox_out" >&2
        echo "pkb-sandbox did not start" >&2
        exit 1
    fi

    # One run: "<name> <binary> <args...>"; its metric lines go to RESULTS as "<name>:<metric> v".
    run_one() {
        local name=$1 run=$2
        shift 2
        local log="$LOGS/$name-$run.log" out rc=0
        out=$(timeout 180 "$@" 2>"$log") || rc=$?
        if [ "$rc" -eq 0 ]; then
            printf '%s\n' "$out" | awk -v n="$name" '$1 == "metric" { print n ":" $2, $3 }' >>"$RESULTS"
            printf '.' >&2
        else
            echo "$name run $run: exit code $rc: $(grep -m1 'bench failed' "$log" || true)" \
                >>"$RESULTS.failures"
            printf 'x' >&2
        fi
    }
    printf 'runs (. ok, x failed): ' >&2
    # Setup for the every-day path: one journey links the patient in a machine folder that the
    # signin runs reuse (tokens in this session's keychain). Its figures are listed as setup:*.
    linked="$LOGS/linked-machine"
    run_one setup 0 "$BENCH_BIN/bench_journey" --mode journey --pkb-url "$url" --machine-dir "$linked"
    # Round robin, so a load spike on this shared machine hits the app and its floors alike.
    for run in $(seq 1 "$RUNS"); do
        run_one widgets "$run" "$BENCH_BIN/bench_floor_widgets"
        run_one window "$run" "$BENCH_BIN/bench_everyday" --mode window
        run_one webengine "$run" "$BENCH_BIN/bench_floor_webengine" --pkb-url "$url"
        run_one journey "$run" "$BENCH_BIN/bench_journey" --mode journey --pkb-url "$url"
        run_one signin "$run" "$BENCH_BIN/bench_everyday" --mode signin --pkb-url "$url" --machine-dir "$linked"
        run_one http "$run" "$BENCH_BIN/bench_floor_http" --pkb-url "$url"
    done
    echo >&2
    exit 0
fi

# ---- Outer part: private HOME, D-Bus session, unlocked gnome-keyring, Xvfb ----------------
home=$(mktemp -d)
mkdir -m 700 "$home/run"
logs=$(mktemp -d)
results="$logs/results.txt"
: >"$results"
cleanup() {
    rm -rf "$home"
    [ "$KEEP_LOGS" = 1 ] || rm -rf "$logs"
}
trap cleanup EXIT

root_flags=()
if [ "$(id -u)" -eq 0 ]; then
    # Chromium refuses its sandbox as root; only then is it switched off.
    root_flags=(QTWEBENGINE_DISABLE_SANDBOX=1)
fi
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)
BUILD_TYPE=${BUILD_TYPE:-unknown}
echo "PKB Link benchmarks: $BUILD_TYPE build ($BUILD_DIR), $RUNS runs of each, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
start=$(date +%s)
env HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" "${root_flags[@]}" \
    QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu --disable-background-networking --disable-component-update --no-first-run}" \
    PKBLINK_BENCH_INNER=1 LOG_DIR="$logs" \
    dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1200x24" \
    "$0" "$BUILD_DIR" --runs "$RUNS" --results "$results" \
    2> >(grep -v --line-buffered 'Failed to set fd limit' >&2) # dbus-daemon's harmless complaint
elapsed=$(($(date +%s) - start))

# ---- Medians ------------------------------------------------------------------------------
median() { # key -> median of its values, or empty
    awk -v k="$1" '$1 == k { print $2 }' "$results" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) exit; m = int((NR + 1) / 2);
              if (NR % 2) print v[m]; else printf "%.2f\n", (v[m] + v[m + 1]) / 2 }'
}
count() { awk -v k="$1" '$1 == k' "$results" | wc -l; }
spread() { # min..max
    awk -v k="$1" '$1 == k { print $2 }' "$results" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 }
        END { if (NR) printf "%s..%s", lo, hi }'
}

row() { # label key floor_label floor_key
    local m f ratio
    m=$(median "$2")
    f=$(median "$4")
    ratio=$(awk -v m="$m" -v f="$f" 'BEGIN { if (m == "" || f == "" || f + 0 == 0) print "-";
                                           else printf "%.2f", m / f }')
    printf '%-30s %10s %4s  %-34s %10s %7s\n' "$1" "${m:--}" "$(count "$2")" "$3" "${f:--}" "$ratio"
}

echo
printf '%-30s %10s %4s  %-34s %10s %7s\n' "figure" "median" "n" "floor (same run)" "median" "ratio"
printf '%-30s %10s %4s  %-34s %10s %7s\n' "------" "------" "-" "----------------" "------" "-----"
row "start_to_window_ms" window:start_to_window_ms "bare QWidget window" widgets:start_to_window_ms
row "start_to_window_ms" window:start_to_window_ms "bare window, WebEngine linked" webengine:start_to_window_ms
row "connect_to_grant_page_ms" journey:connect_to_grant_page_ms "bare QWebEngineView load" webengine:load_ms
row "connect_to_grant_page_ms" journey:connect_to_grant_page_ms "raw HTTP GET authorize" http:http_authorize_ms
row "allow_to_details_ms" journey:allow_to_details_ms "raw HTTP grant+token+details" http:http_allow_ms
row "peak_rss_mb" journey:peak_rss_mb "bare QWebEngineView peak" webengine:peak_rss_mb
row "settled_rss_mb" journey:settled_rss_mb "bare QWidget window" widgets:rss_mb
row "settled_rss_mb" journey:settled_rss_mb "bare QWebEngineView, closed" webengine:closed_rss_mb
row "settled_pss_mb" journey:settled_pss_mb "bare QWidget window" widgets:pss_mb
row "settled_pss_mb" journey:settled_pss_mb "bare QWebEngineView, closed" webengine:closed_pss_mb
row "settled_webengine_processes" journey:settled_webengine_processes "bare QWebEngineView, closed" webengine:closed_webengine_processes
row "settled_webengine_renderers" journey:settled_webengine_renderers "bare QWebEngineView, closed" webengine:closed_webengine_renderers
row "signin_to_details_ms" signin:signin_to_details_ms "raw HTTP grant+token+details" http:http_allow_ms
row "signin_tree_pss_mb" signin:signin_tree_pss_mb "bare QWidget window" widgets:pss_mb
row "signin_settled_pss_mb" signin:signin_settled_pss_mb "bare QWidget window" widgets:pss_mb

GOAL_FORMAT='%-28s %10s  %-30s %10s %7s  %-6s %s\n'
goal() { # label key floor_label floor_key goal_ratio: the figure over its floor, against the goal
    local m f
    m=$(median "$2")
    f=$(median "$4")
    awk -v fmt="$GOAL_FORMAT" -v l="$1" -v fl="$3" -v m="$m" -v f="$f" -v g="$5" 'BEGIN {
        if (m == "" || f == "" || f + 0 == 0) { printf fmt, l, m, fl, f, "-", "<=" g, "no figure"; exit }
        r = m / f
        printf fmt, l, m, fl, f, sprintf("%.2f", r), "<=" g,
            (r <= g ? "met" : sprintf("missed (%.2fx the goal)", r / g)) }'
}
echo
echo "goals (medians of the same run):"
# shellcheck disable=SC2059 # the format is ours
printf "$GOAL_FORMAT" "figure" "median" "floor" "median" "ratio" "goal" "status"
goal "start_to_window_ms" window:start_to_window_ms "bare QWidget window" widgets:start_to_window_ms 1.3
goal "signin_tree_pss_mb" signin:signin_tree_pss_mb "bare QWidget window (pss_mb)" widgets:pss_mb 1.5
goal "connect_to_grant_page_ms" journey:connect_to_grant_page_ms "bare QWebEngineView load" webengine:load_ms 1.15
wep=$(median signin:signin_webengine_processes)
if [ -z "$wep" ]; then wep_status="no figure"; elif [ "$wep" = 0 ]; then wep_status=met; else wep_status="missed ($wep started)"; fi
# shellcheck disable=SC2059
printf "$GOAL_FORMAT" "signin_webengine_processes" "${wep:--}" "-" "-" "-" "0" "$wep_status"

echo
echo "every figure (median, min..max, n):"
for key in $(awk '{ print $1 }' "$results" | sort -u); do
    printf '  %-42s %10s  %-22s %3s\n' "$key" "$(median "$key")" "$(spread "$key")" "$(count "$key")"
done
failures=0
[ -f "$results.failures" ] && failures=$(wc -l <"$results.failures")
echo
echo "$failures failed runs; $BUILD_TYPE build; ${elapsed}s in all; $(date -u '+%Y-%m-%d %H:%M UTC')"
if [ "$failures" -gt 0 ]; then
    sed 's/^/  failed: /' "$results.failures"
    if [ "$KEEP_LOGS" = 1 ]; then
        echo "logs in $logs"
    else
        echo "(rerun with --keep-logs to keep each run's stderr)"
    fi
    exit 1
fi
[ "$KEEP_LOGS" = 1 ] && echo "logs in $logs"
exit 0
