#!/usr/bin/env bash
# Load benchmark of the sandbox's FHIR API (issue 3): wrk at 32 connections on an authorised
# Observation search against ccri-sandbox, and, in the same run, nginx serving the same bytes from
# a file, as the ceiling for this machine. Loopback only; each wrk run is bounded (default 10 s).
#
#   bench/sandbox/fhir-load.sh [seconds]        (figures go to docs/performance.md by hand)
#   NGINX_WORKERS=2 bench/sandbox/fhir-load.sh          (nginx worker_processes; default 1)
#   CCRI_SANDBOX_THREADS=2 bench/sandbox/fhir-load.sh   (ccri-sandbox --threads 2; default: as many
#                                                        as nginx has workers, like for like; "default":
#                                                        the sandbox's own default, one per core)
#
# Needs build/bin/ccri-sandbox (built here; CCRI_SANDBOX=/path/to/ccri-sandbox runs that binary instead,
# e.g. an older build to compare), wrk and nginx-light (installed here with scripts/install-deps).
# Ends with one line: "sandbox/nginx: NN.N% req/s, p99 N.Nx". Checks the answers, asserts no speed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${CCRI_BUILD_DIR:-$root/build}
seconds=${1:-10}
connections=32
threads=2
sandbox_port=${SANDBOX_PORT:-18480}
nginx_port=${NGINX_PORT:-18481}
query='Observation?patient=1&_count=10'
nginx_workers=${NGINX_WORKERS:-1}
# Like for like: as many serving threads as nginx has workers, each server a core of its own and wrk
# the rest (with more, the servers and wrk's threads share the cores, and the tail is the scheduler's).
sandbox_threads=${CCRI_SANDBOX_THREADS:-$nginx_workers}
sandbox_args=()
[[ "$sandbox_threads" != default ]] && sandbox_args+=(--threads "$sandbox_threads")

"$root/scripts/install-deps" wrk nginx-light curl jq >/dev/null
sandbox_bin=${CCRI_SANDBOX:-}
if [[ -z "$sandbox_bin" ]]; then
  if [[ ! -x "$build/bin/ccri-sandbox" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCCRI_WERROR=ON >/dev/null
  fi
  cmake --build "$build" --target ccri-sandbox -j2 >/dev/null
  sandbox_bin=$build/bin/ccri-sandbox
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A confidential client with a known secret, so the script can get a token (never printed).
secret=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
cat > "$work/clients.json" <<JSON
{ "clients": [ { "client_id": "bench", "name": "Load benchmark", "client_secret": "$secret",
                 "redirect_uris": [], "grant_types": ["client_credentials"],
                 "scope": "user/Observation.read user/Patient.read" } ] }
JSON

"$sandbox_bin" --listen "127.0.0.1:$sandbox_port" --clients "$work/clients.json" --patients 100 \
  "${sandbox_args[@]}" >"$work/sandbox.log" 2>&1 &
pids+=($!)
sandbox_pid=$!
base="http://127.0.0.1:$sandbox_port/fhir/STU3"
for _ in $(seq 1 100); do
  curl -fs "$base/metadata" >/dev/null 2>&1 && break
  sleep 0.1
done

token=$(curl -fs -u "bench:$secret" -d grant_type=client_credentials "http://127.0.0.1:$sandbox_port/auth/token" | jq -r .access_token)
[[ -n "$token" && "$token" != null ]] || { echo "no token from the sandbox" >&2; cat "$work/sandbox.log" >&2; exit 1; }

# The same bytes from a file, through nginx (one worker by default, the ceiling the goal is set against).
mkdir -p "$work/www"
curl -fs -H "Authorization: Bearer $token" "$base/$query" >"$work/www/observations.json"
jq -e '.resourceType == "Bundle" and .type == "searchset" and (.entry | length) == 10
        and all(.entry[]; .resource.resourceType == "Observation" and .resource.subject.reference == "Patient/1")' \
  "$work/www/observations.json" >/dev/null || { echo "the sandbox's answer is not the expected Bundle" >&2; exit 1; }
bytes=$(stat -c %s "$work/www/observations.json")
chmod a+rx "$work" "$work/www" && chmod a+r "$work/www/observations.json" # nginx workers run as www-data
cat > "$work/nginx.conf" <<CONF
worker_processes $nginx_workers;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { default_type application/fhir+json; try_files /observations.json =404; }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)
nginx_pid=$!
for _ in $(seq 1 50); do
  curl -fs "http://127.0.0.1:$nginx_port/observations.json" >/dev/null 2>&1 && break
  sleep 0.1
done

run() { # name url -> "req/s p99"
  local out
  out=$(wrk -t$threads -c$connections -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$2")
  echo "$out" >"$work/$1.wrk"
  [[ -n "${BENCH_VERBOSE:-}" ]] && echo "$out" >&2
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$rps $p99 ${errors:-0}"
}

# CPU time (user + system, all threads) the sandbox spends in its run, from /proc: the cost of a request.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
s_ticks_before=$(cpu_ticks "$sandbox_pid")
read -r s_rps s_p99 s_err < <(run sandbox "$base/$query")
s_ticks=$(( $(cpu_ticks "$sandbox_pid") - s_ticks_before ))
curl -fs "http://127.0.0.1:$nginx_port/observations.json" | cmp -s - "$work/www/observations.json" ||
  { echo "nginx does not serve the file" >&2; cat "$work/nginx-error.log" >&2; exit 1; }
nginx_ticks() { local t=0 p; for p in $nginx_pid $(pgrep -P "$nginx_pid"); do t=$(( t + $(cpu_ticks "$p") )); done; echo $t; }
n_ticks_before=$(nginx_ticks)
read -r n_rps n_p99 n_err < <(run nginx "http://127.0.0.1:$nginx_port/observations.json")
n_ticks=$(( $(nginx_ticks) - n_ticks_before ))
ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.1f%%", 100 * a / b }')
# wrk prints latencies as 950.00us, 12.34ms or 1.20s: both p99 in microseconds, then their ratio.
micros() { awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) f = 1; else if (t ~ /ms$/) f = 1000; else if (t ~ /s$/) f = 1000000; else f = 1000; printf "%.0f", v * f }'; }
p99_ratio=$(awk -v a="$(micros "$s_p99")" -v b="$(micros "$n_p99")" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }')
[[ "$s_err" == 0 && "$n_err" == 0 ]] || echo "warning: non-2xx answers (sandbox $s_err, nginx $n_err)" >&2

echo "GET /fhir/STU3/$query ($bytes bytes), wrk -t$threads -c$connections -d${seconds}s, $(nproc) cores, $(date -u +%F)"
if [[ "$sandbox_threads" == default ]]; then
  echo "ccri-sandbox --threads default ($(nproc)), nginx worker_processes $nginx_workers"
else
  echo "ccri-sandbox --threads $sandbox_threads, nginx worker_processes $nginx_workers"
fi
echo "| server | req/s | p99 latency | non-2xx |"
echo "|---|---|---|---|"
echo "| ccri-sandbox (Bearer JWT verified, scope check, search, Bundle) | $s_rps | $s_p99 | $s_err |"
echo "| nginx $nginx_workers worker(s), same bytes from a file | $n_rps | $n_p99 | $n_err |"
echo "| sandbox / nginx | $ratio | $p99_ratio | |"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v t="$s_ticks" -v hz="$(getconf CLK_TCK)" -v rps="$s_rps" -v s="$seconds" \
  'BEGIN { printf "sandbox CPU: %.1f s in %d s (%.0f%% of one core), %.0f us per request\n", t / hz, s, 100 * t / hz / s, 1e6 * t / hz / (rps * s) }'
awk -v t="$n_ticks" -v hz="$(getconf CLK_TCK)" -v rps="$n_rps" -v s="$seconds" \
  'BEGIN { printf "nginx CPU: %.1f s in %d s (%.0f%% of one core), %.0f us per request\n", t / hz, s, 100 * t / hz / s, 1e6 * t / hz / (rps * s) }'
echo "sandbox/nginx: ${ratio} req/s, p99 ${p99_ratio}"
[[ "$s_err" == 0 && "$n_err" == 0 ]] # wrong answers fail the run
