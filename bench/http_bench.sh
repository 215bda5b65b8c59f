#!/usr/bin/env bash
# http_bench.sh — the I/O benchmarks of issue 6.
#
# 1. Fetch N URLs (default 5000) with concurrency 50 from a local Go HTTP
#    server (bench/http_tool), in two modes: a new connection per request
#    and kept-alive connections; requests/s for spindle (http.get /
#    http.Session), python3 (ThreadPoolExecutor + urllib.request; http.client
#    per thread for keep-alive) and plain Go (net/http). Median of RUNS.
# 2. A Spindle thread-per-connection echo server with 10,000 concurrent
#    loopback connections: wall time of the client and the server's peak RSS.
#
# Usage: bench/http_bench.sh [-n RUNS] [-r REQUESTS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=3
reqs=5000
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -r) reqs=$2; shift 2 ;;
    *) echo "usage: $0 [-n RUNS] [-r REQUESTS]" >&2; exit 2 ;;
  esac
done
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/spindle" ./cmd/spindle && go build -o "$tmp/http_tool" ./bench/http_tool)

"$tmp/http_tool" server >"$tmp/url" &
for _ in $(seq 50); do [ -s "$tmp/url" ] && break; sleep 0.1; done
url=$(head -1 "$tmp/url")

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf "%-10s %10s %10s %10s %9s %9s\n" mode spindle python3 go sp/py sp/go
for mode in new keepalive; do
  sp=(); py=(); go=()
  for _ in $(seq "$runs"); do
    sp+=("$("$tmp/spindle" "$here/http_fetch.spin" "$url" "$reqs" 50 "$mode")")
    if command -v python3 >/dev/null; then
      py+=("$(python3 "$here/http_fetch.py" "$url" "$reqs" 50 "$mode")")
    else
      py+=(0)
    fi
    flag=""; [ "$mode" = keepalive ] && flag=-keepalive
    go+=("$("$tmp/http_tool" client -url "$url" -n "$reqs" -c 50 $flag)")
  done
  s=$(printf "%s\n" "${sp[@]}" | median)
  p=$(printf "%s\n" "${py[@]}" | median)
  g=$(printf "%s\n" "${go[@]}" | median)
  awk -v m="$mode" -v s="$s" -v p="$p" -v g="$g" 'BEGIN {
    printf "%-10s %10d %10d %10d %8.2fx %8.0f%%\n", m, s, p, g, (p > 0 ? s / p : 0), 100 * s / g }'
done

echo
echo "echo server, 10000 concurrent connections:"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "%M" -o "$tmp/rss" "$tmp/spindle" "$here/http_echo.spin" 10000 >"$tmp/port" 2>"$tmp/echo.err" &
else
  "$tmp/spindle" "$here/http_echo.spin" 10000 >"$tmp/port" 2>"$tmp/echo.err" &
fi
pid=$!
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
"$tmp/http_tool" echoclient -addr "127.0.0.1:$port" -n 10000
wait $pid || true
rss=$(tail -1 "$tmp/rss" 2>/dev/null || echo 0)
echo "server peak RSS: $((rss / 1024)) MB"
