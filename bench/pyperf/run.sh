#!/usr/bin/env bash
# run.sh — the pyperformance-style programs of bench/pyperf under spindle
# and python3: checks that both print the same output, then runs each
# program alternately under spindle and python3 N times and prints the
# median CPU time (user+sys, GNU time) of each and the median of the paired
# ratios spindle/python3. The last line is the geometric mean of the ratios.
#
# Usage: bench/pyperf/run.sh [-n RUNS] [bm_NAME.py ...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
  for p in "$here"/bm_*.py; do progs+=("$p"); done
fi
[ -x /usr/bin/time ] || { echo "run.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }

bindir=$(mktemp -d)
trap 'rm -rf "$bindir"' EXIT
bin=$bindir/spindle
(cd "$root" && go build -o "$bin" ./cmd/spindle)

# cpu CMD... → user+sys seconds of one run.
cpu() {
  local tf
  tf=$(mktemp)
  /usr/bin/time -o "$tf" -f "%U %S" "$@" >/dev/null 2>&1 || true
  tail -1 "$tf" | awk '{printf "%.2f\n", $1 + $2}'
  rm -f "$tf"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf "%-26s %10s %10s %8s\n" program spindle_s python_s ratio
logsum=0; count=0
for p in "${progs[@]}"; do
  [ -f "$p" ] || p=$here/$p
  name=$(basename "$p" .py)
  name=${name#bm_}
  cd "$(dirname "$p")"
  if ! cmp -s <("$bin" "$p" 2>&1) <(python3 "$p" 2>&1); then
    echo "$name: OUTPUT DIFFERS from python3" >&2
  fi
  sp=(); py=(); ratios=()
  for ((i = 0; i < runs; i++)); do
    s=$(cpu "$bin" "$p"); q=$(cpu python3 "$p")
    sp+=("$s"); py+=("$q")
    ratios+=("$(awk -v a="$s" -v b="$q" 'BEGIN {printf "%.3f", (b > 0 ? a / b : 0)}')")
  done
  ms=$(printf '%s\n' "${sp[@]}" | median)
  mp=$(printf '%s\n' "${py[@]}" | median)
  mr=$(printf '%s\n' "${ratios[@]}" | median)
  printf "%-26s %10.2f %10.2f %8.2f\n" "$name" "$ms" "$mp" "$mr"
  logsum=$(awk -v s="$logsum" -v r="$mr" 'BEGIN {print s + (r > 0 ? log(r) : 0)}')
  count=$((count + 1))
done
awk -v s="$logsum" -v n="$count" 'BEGIN {if (n) printf "geometric mean ratio: %.2f\n", exp(s / n)}'
