#!/usr/bin/env bash
# lock_cost.sh — what the per-object container locks cost a single thread
# (issue 5, item 6; target <= 10%).
#
# Builds spindle twice: the default build and `-tags nolocks`, whose
# list/dict/set/bytearray locks do nothing (runtime/objlock_nolocks.go).
# Runs each program under both, alternately, RUNS times (default 5), in two
# modes:
#   plain  — the program as it is: no second thread ever starts, so the
#            default build only checks the sharing flag (runtime/sharing.go);
#   shared — a copy of the program that first spawns one thread and
#            waits for it, so every later container operation takes its
#            lock, uncontended (what a threaded program pays per thread).
# Prints medians of wall and CPU (user+sys) seconds per build and the
# overhead default/nolocks - 1 of both (CPU is the steadier number on a
# loaded machine).
#
# Usage: bench/lock_cost.sh [-n RUNS] [program.sp ...]
#   default programs: containers.sp dict_str.sp fannkuch.sp
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then progs=(containers.sp dict_str.sp fannkuch.sp); fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/sp-locks" ./cmd/spindle && go build -tags nolocks -o "$tmp/sp-nolocks" ./cmd/spindle)

# run BIN MODE PROG → "wall cpu" (seconds)
run() {
  local bin=$1 mode=$2 prog=$3 tf=$tmp/time
  local args=("$here/$prog")
  if [ "$mode" = shared ]; then
    args=("$tmp/shared_$prog")
    if [ ! -e "${args[0]}" ]; then
      printf 'await:\n    async: pass\n' | cat - "$here/$prog" >"${args[0]}"
    fi
  fi
  local s e
  s=$(date +%s.%N)
  (cd "$here" && /usr/bin/time -o "$tf" -f '%U %S' "$bin" "${args[@]}" >"$tmp/out.$mode.$(basename "$bin")")
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" '{printf "%.3f %.3f\n", e-s, $1+$2}' "$tf"
}

median() { sort -g | awk '{a[NR]=$1} END{ if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2 }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%+.1f%%\n", (a/b-1)*100}'; }

echo "lock cost, $runs runs each; $(uptime | sed 's/^ *//')"
fmt='%-16s %-6s | %7s %7s | %7s %7s | %8s %8s\n'
printf "$fmt" program mode "wall" "cpu" "wall" "cpu" "" ""
printf "$fmt" "" "" "locks" "locks" "nolocks" "nolocks" "wall+%" "cpu+%"
for p in "${progs[@]}"; do
  for mode in plain shared; do
    : >"$tmp/a"
    : >"$tmp/b"
    for ((r = 0; r < runs; r++)); do
      run "$tmp/sp-locks" "$mode" "$p" >>"$tmp/a"
      run "$tmp/sp-nolocks" "$mode" "$p" >>"$tmp/b"
    done
    if ! cmp -s "$tmp/out.$mode.sp-locks" "$tmp/out.$mode.sp-nolocks"; then
      echo "$p ($mode): outputs differ between the builds" >&2
    fi
    aw=$(awk '{print $1}' "$tmp/a" | median)
    ac=$(awk '{print $2}' "$tmp/a" | median)
    bw=$(awk '{print $1}' "$tmp/b" | median)
    bc=$(awk '{print $2}' "$tmp/b" | median)
    printf "$fmt" "$p" "$mode" "$aw" "$ac" "$bw" "$bc" "$(pct "$aw" "$bw")" "$(pct "$ac" "$bc")"
  done
done
echo "done; $(uptime | sed 's/^ *//')"
