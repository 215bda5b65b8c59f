#!/usr/bin/env bash
# spawn_compare.sh — spawn-and-join benchmark: spindle's await:/async: vs a
# plain Go program (goroutines + sync.WaitGroup, bench/gospawn) vs python3's
# asyncio.TaskGroup (when python3 >= 3.11 is present).
#
# Cases: N async: blocks that each time.sleep(0.5) (sleep) and N that do
# nothing (noop), for N = 100000 and 1000000 (override: pass the Ns as
# arguments, e.g. bench/spawn_compare.sh 10000 100000).
# Prints wall seconds, CPU seconds (user+sys) and peak RSS (MB) for each,
# and spindle/Go ratios of wall time, CPU time and peak RSS.
# Targets: spindle within 1.5x Go wall time and 2x Go peak RSS.
# Set SKIP_ASYNCIO=1 to leave asyncio out.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
ns=("$@")
if [ ${#ns[@]} -eq 0 ]; then ns=(100000 1000000); fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/spindle" ./cmd/spindle && go build -o "$tmp/gospawn" ./bench/gospawn)
"$here/settle_binary.sh" "$tmp/spindle" "$tmp/gospawn"
"$tmp/spindle" -c pass && "$tmp/gospawn" noop 1 >/dev/null # page them in by exec

py=""
if [ -z "${SKIP_ASYNCIO:-}" ] && command -v python3 >/dev/null 2>&1 &&
  python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  py=$(command -v python3)
fi

# measure CMD... → prints "wall_s cpu_s peak_rss_MB" (cpu = user+sys;
# "fail fail fail" if CMD failed)
measure() {
  local tf="$tmp/time.out"
  if [ -x /usr/bin/time ]; then
    if /usr/bin/time -o "$tf" -f '%e %U %S %M' "$@" >"$tmp/out" 2>"$tmp/err"; then
      tail -1 "$tf" | awk '{printf "%.2f %.2f %.0f\n", $1, $2+$3, $4/1024}'
    else
      echo "fail fail fail"
      sed 's/^/    /' "$tmp/err" | tail -5 >&2
    fi
  else
    local t0 t1
    t0=$(date +%s.%N)
    if "$@" >"$tmp/out" 2>"$tmp/err"; then
      t1=$(date +%s.%N)
      awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f ? ?\n", b-a}'
    else
      echo "fail fail fail"
    fi
  fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a+0==0 && a!="0" || b+0==0) print "-"; else printf "%.2fx\n", a/b }'; }

echo "spawn-and-join benchmark on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'), $(go version | awk '{print $3}')${py:+, $($py --version 2>&1)}"
fmt='%-5s %7s | %6s %6s %5s | %6s %6s %5s | %6s %6s %5s | %6s %6s %6s\n'
printf "$fmt" mode N "sp s" "cpu" "MB" "Go s" "cpu" "MB" "py s" "cpu" "MB" "wall/Go" "cpu/Go" "RSS/Go"
for mode in sleep noop; do
  for n in "${ns[@]}"; do
    read -r ss sc sm < <(measure "$tmp/spindle" "$here/spawn_$mode.sp" "$n")
    read -r gs gc gm < <(measure "$tmp/gospawn" "$mode" "$n")
    ps="-" pc="-" pm="-"
    if [ -n "$py" ]; then
      read -r ps pc pm < <(measure "$py" "$here/spawn_asyncio.py" "$mode" "$n")
    fi
    printf "$fmt" "$mode" "$n" "$ss" "$sc" "$sm" "$gs" "$gc" "$gm" "$ps" "$pc" "$pm" \
      "$(ratio "$ss" "$gs")" "$(ratio "$sc" "$gc")" "$(ratio "$sm" "$gm")"
  done
done
