#!/usr/bin/env bash
# compare.sh — run each benchmark program under spindle and python3,
# alternately, N times each, and print the median wall time of each, the
# median ratio spindle/python3, peak RSS, and the geometric mean ratio.
#
# Usage: bench/compare.sh [-n RUNS] [program.sp | startup ...]
# Default: the suite of issue 9 (SUITE below) followed by the special row
# "startup", which times `-c pass`. Each program prints a checksum; the
# script checks that spindle and python3 print the same output. (Other
# bench/*.sp files, e.g. the spawn_*.sp programs of spawn_compare.sh, are
# Spindle-only and not part of this suite.)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
SUITE=(fib loop nbody spectral_norm fannkuch nqueens richards dict_str closures
  generators bigint json_roundtrip regex)
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
  for s in "${SUITE[@]}"; do progs+=("$here/$s.sp"); done
  progs+=(startup)
fi

bindir=$(mktemp -d)
trap 'rm -rf "$bindir"' EXIT
bin=$bindir/spindle
(cd "$root" && go build -o "$bin" ./cmd/spindle)
"$here/settle_binary.sh" "$bin"
"$bin" -c pass # page it in by exec
py=$(command -v python3 || true)

# measure CMD... → prints "seconds maxrss_kb". Wall time from date +%s.%N
# (GNU time's %e has only 10 ms resolution, too coarse for startup); peak
# RSS from GNU time when present.
measure() {
  if [ -x /usr/bin/time ]; then
    local tf s e
    tf=$(mktemp)
    s=$(date +%s.%N)
    /usr/bin/time -o "$tf" -f "%M" "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    awk -v a="$s" -v b="$e" -v m="$(tail -1 "$tf")" 'BEGIN {printf "%.3f %d\n", b - a, m}'
    rm -f "$tf"
  else
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    awk -v a="$s" -v b="$e" 'BEGIN {printf "%.3f 0\n", b - a}'
  fi
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf "%-16s %10s %10s %8s %10s %10s\n" program spindle_s python_s ratio sp_rss_MB py_rss_MB
logsum=0; count=0
for p in "${progs[@]}"; do
  if [ "$p" = startup ]; then
    name=startup; args=(-c pass)
  else
    name=$(basename "$p" .sp); args=("$p")
  fi
  if [ -n "$py" ]; then
    if ! diff <("$bin" "${args[@]}" 2>&1) <("$py" "${args[@]}" 2>&1) >/dev/null; then
      echo "$name: OUTPUT DIFFERS from python3" >&2
    fi
  fi
  st=(); pt=(); ratios=(); srss=0; prss=0
  for ((i = 0; i < runs; i++)); do
    read -r s sr < <(measure "$bin" "${args[@]}")
    st+=("$s"); [ "$sr" -gt "$srss" ] && srss=$sr
    if [ -n "$py" ]; then
      read -r q qr < <(measure "$py" "${args[@]}")
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
