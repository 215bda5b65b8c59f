#!/usr/bin/env bash
# parallel_speedup.sh — real parallelism (issue 5, item 6): the same
# CPU-bound kernel run twice one after the other vs in two threads of one
# group, under spindle, python3 threads and python3 multiprocessing.
#
# Usage: bench/parallel_speedup.sh [-n RUNS] [KERNEL ...]
#   KERNEL: arith | objects | fib | strs | dicts | lists | floats | primes
#   (bench/parallel_kernels.py); default all of them.
# Each configuration runs RUNS times (default 5), interleaved; per row the
# script prints the medians of the sequential time, the parallel time and
# the speedup (seq/par of each run). Target for spindle: speedup >= 1.8 on
# 2 cores. The load average is printed before and after: on a shared
# machine every number is bounded by the cores other processes leave free
# (python3 multiprocessing shows that ceiling).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
kernels=("$@")
if [ ${#kernels[@]} -eq 0 ]; then kernels=(arith objects fib strs dicts lists floats primes); fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/spindle" ./cmd/spindle)
py=$(command -v python3 || true)

# Loop counts: each sequential run takes roughly 1-2 s under spindle.
size() {
  case $1 in
  arith) echo 6000000 ;;
  objects) echo 400000 ;;
  fib) echo 32 ;;
  strs) echo 1500000 ;;
  dicts) echo 5000000 ;;
  lists) echo 5000000 ;;
  floats) echo 10000000 ;;
  primes) echo 200000 ;;
  *) echo "unknown kernel $1" >&2; exit 2 ;;
  esac
}

median() { sort -g | awk '{a[NR]=$1} END{ if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2 }'; }

echo "parallel speedup on $(nproc) cores, $runs runs each; $(uptime | sed 's/^ *//')"
fmt='%-8s %-16s %8s %8s %8s\n'
printf "$fmt" kernel runner "seq_s" "par_s" speedup
for k in "${kernels[@]}"; do
  n=$(size "$k")
  names=(spindle)
  cmds=("$tmp/spindle $here/parallel_speedup.sp $k $n")
  if [ -n "$py" ]; then
    names+=("python3-threads" "python3-procs")
    cmds+=("$py $here/parallel_speedup.py threads $k $n" "$py $here/parallel_speedup.py procs $k $n")
  fi
  for i in "${!names[@]}"; do : >"$tmp/r$i"; done
  for ((r = 0; r < runs; r++)); do
    for i in "${!names[@]}"; do
      # shellcheck disable=SC2086
      out=$(cd "$here" && ${cmds[$i]})
      echo "$out" | awk '{print $2, $4, $6}' >>"$tmp/r$i"
    done
  done
  for i in "${!names[@]}"; do
    printf "$fmt" "$k" "${names[$i]}" \
      "$(awk '{print $1}' "$tmp/r$i" | median)" \
      "$(awk '{print $2}' "$tmp/r$i" | median)" \
      "$(awk '{print $3}' "$tmp/r$i" | median)"
  done
done
echo "done; $(uptime | sed 's/^ *//')"
