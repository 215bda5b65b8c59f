#!/usr/bin/env bash
# compare.sh — run each benchmark program under spindle and python3,
# alternately, N times each, and print the median wall time of each, the
# median ratio spindle/python3, peak RSS, and the geometric mean ratio.
#
# Usage: bench/compare.sh [-n RUNS] [program.sp ...]
# Default: every bench/*.sp. Each program prints a checksum; the script
# checks that spindle and python3 print the same output.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then progs=("$here"/*.sp); fi

bin=$(mktemp -d)/spindle
(cd "$root" && go build -o "$bin" ./cmd/spindle)
py=$(command -v python3 || true)

# measure CMD... → prints "seconds maxrss_kb" (uses GNU time when present)
measure() {
  local out
  if [ -x /usr/bin/time ]; then
    local tf
    tf=$(mktemp)
    /usr/bin/time -o "$tf" -f "%e %M" "$@" >/dev/null 2>&1 || true
    tail -1 "$tf"
    rm -f "$tf"
  else
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    awk -v a="$s" -v b="$e" 'BEGIN {print b - a, 0}'
  fi
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf "%-16s %10s %10s %8s %10s %10s\n" program spindle_s python_s ratio sp_rss_MB py_rss_MB
logsum=0; count=0
for p in "${progs[@]}"; do
  name=$(basename "$p" .sp)
  if [ -n "$py" ]; then
    if ! diff <("$bin" "$p" 2>&1) <("$py" "$p" 2>&1) >/dev/null; then
      echo "$name: OUTPUT DIFFERS from python3" >&2
    fi
  fi
  st=(); pt=(); ratios=(); srss=0; prss=0
  for ((i = 0; i < runs; i++)); do
    read -r s sr < <(measure "$bin" "$p")
    st+=("$s"); [ "$sr" -gt "$srss" ] && srss=$sr
    if [ -n "$py" ]; then
      read -r q qr < <(measure "$py" "$p")
      pt+=("$q"); [ "$qr" -gt "$prss" ] && prss=$qr
      ratios+=("$(awk -v a="$s" -v b="$q" 'BEGIN {print (b > 0 ? a / b : 0)}')")
    fi
  done
  sm=$(printf "%s\n" "${st[@]}" | median)
  if [ -n "$py" ]; then
    pm=$(printf "%s\n" "${pt[@]}" | median)
    rm_=$(printf "%s\n" "${ratios[@]}" | median)
    logsum=$(awk -v s="$logsum" -v r="$rm_" 'BEGIN {print s + log(r > 0 ? r : 1e-9)}')
    count=$((count + 1))
  else
    pm="-"; rm_="-"
  fi
  printf "%-16s %10s %10s %8.2f %10.1f %10.1f\n" "$name" "$sm" "$pm" "$rm_" "$(awk -v k="$srss" 'BEGIN {print k / 1024}')" "$(awk -v k="$prss" 'BEGIN {print k / 1024}')"
done
if [ "$count" -gt 0 ]; then
  awk -v s="$logsum" -v n="$count" 'BEGIN {printf "geometric mean ratio: %.2f\n", exp(s / n)}'
fi
