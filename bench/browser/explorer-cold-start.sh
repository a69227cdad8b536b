#!/usr/bin/env bash
# The real ccri-explorer from exec to its first visible window, under Xvfb with a real keyring, N
# times (default 5), each with a fresh settings folder (so the first start's welcome window shows).
# Also reports whether Chromium started (a QtWebEngineProcess) and whether the WebEngine libraries
# are mapped. Extra arguments go to the explorer (e.g. --sandbox). Figures: docs/performance.md.
#   bench/browser/explorer-cold-start.sh [RUNS] [explorer arguments]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-5}
shift || true
source "$root/scripts/env.sh"
command -v xdotool >/dev/null || { echo "needs xdotool (apt-get install xdotool)" >&2; exit 2; }
export CCRI_EXPLORER=${CCRI_BUILD_DIR:-$root/build}/bin/ccri-explorer
one() {
  dbus-run-session -- xvfb-run -a bash -c '
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    home=$(mktemp -d); trap "rm -rf $home" EXIT
    export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
    start=$(date +%s%N)
    "$CCRI_EXPLORER" "$@" >"$home/output" 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --pid $pid >/dev/null 2>&1; do
      if ! kill -0 $pid 2>/dev/null; then
        wait $pid && status=0 || status=$?
        echo "the explorer ended (exit status $status) before showing a window:"; tail -20 "$home/output"; exit 1
      fi
      sleep 0.005
    done
    end=$(date +%s%N)
    sleep 1
    chromium=$(pgrep -c -P $pid QtWebEngineProc || true)
    mapped=$(grep -c WebEngineCore /proc/$pid/maps || true)
    kill $pid; wait $pid 2>/dev/null || true
    echo "first window after $(( (end - start) / 1000000 )) ms; QtWebEngineProcess children: $chromium; WebEngineCore mappings: $mapped"
  ' one "$@" 2>/dev/null
}
for ((i = 0; i < runs; i++)); do one "$@"; done
