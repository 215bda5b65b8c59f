#!/usr/bin/env bash
# soak_http.sh — leak soak for issue 10: a Spindle HTTP server (http.Server,
# each request on its own virtual thread) under sustained load from the
# plain-Go client of bench/http_tool (50 concurrent, new connections and
# kept-alive connections alternately) for SECONDS (default 300). The
# server's RSS (/proc/PID/status) is sampled every 10 s; at the end the
# script prints whether it stayed flat: the last sample within 25%
# (+16 MB) of the one taken after the first minute (or the second sample
# for short runs). Not run by CI.
#
# Usage: bench/soak_http.sh [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
secs=${1:-300}
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/spindle" ./cmd/spindle && go build -o "$tmp/http_tool" ./bench/http_tool)
cat >"$tmp/server.sp" <<'SP'
import http
def handler(req):
    if req.path == "/json":
        return {"path": req.path, "items": list(range(20))}
    return "hello " + req.query.get("name", "world")
srv = http.Server(handler, port=0)
print(srv.url, flush=True)
srv.serve()
SP
"$tmp/spindle" "$tmp/server.sp" >"$tmp/url" &
pid=$!
for _ in $(seq 100); do [ -s "$tmp/url" ] && break; sleep 0.1; done
url=$(head -1 "$tmp/url")
rss() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status"; }
threads() { awk '/^Threads:/ {print $2}' "/proc/$pid/status"; }
(
  end=$((SECONDS + secs))
  while [ $SECONDS -lt $end ]; do
    "$tmp/http_tool" client -url "$url/json" -n 2000 -c 50 >/dev/null
    "$tmp/http_tool" client -url "$url/hello?name=soak" -n 2000 -c 50 -keepalive >/dev/null
  done
) &
load=$!
samples=()
start=$SECONDS
while kill -0 $load 2>/dev/null; do
  sleep 10
  kill -0 $load 2>/dev/null || break
  r=$(rss)
  samples+=("$r")
  echo "t=$((SECONDS - start))s rss ${r} MB os threads $(threads)"
done
wait $load || true
n=${#samples[@]}
if [ "$n" -lt 2 ]; then echo "too short to judge"; exit 0; fi
ref_i=$(( n > 6 ? 5 : 1 ))
ref=${samples[$ref_i]}
last=${samples[$((n - 1))]}
awk -v ref="$ref" -v last="$last" 'BEGIN {
  flat = last <= ref * 1.25 + 16
  printf "RSS %s: %.1f MB early, %.1f MB at the end\n", flat ? "flat" : "GREW", ref, last }'
