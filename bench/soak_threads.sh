#!/usr/bin/env bash
# soak_threads.sh — leak soak for issue 10: a Spindle program starts and
# cancels THREADS threads (default 10,000,000) in groups of 1,000 (a fifth
# each blocked on a queue, a held lock, a sleep, an unresolved future, a
# pipe; one in five also holding a suspended generator), and every
# REPORT threads prints its RSS (VmRSS of /proc/self/status) and the live
# Spindle threads (threads.dump). At the end it prints whether RSS stayed
# flat: the last sample within 25% (+16 MB) of the sample taken after the
# first tenth of the run. Not run by CI.
#
# Usage: bench/soak_threads.sh [THREADS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
total=${1:-10000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/spindle" ./cmd/spindle)
cat >"$tmp/soak.sp" <<'SP'
import os, sys, time, json, threads
from threads import Lock, Queue

TOTAL = int(sys.argv[1])
PER = 1000
REPORT = max(PER, TOTAL // 20 // PER * PER)

def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

def live_threads():
    def count(node):
        if isinstance(node, list):
            return sum(count(x) for x in node)
        if isinstance(node, dict):
            return ("id" in node) + sum(count(v) for v in node.values())
        return 0
    return count(json.loads(threads.dump(format="json")))

def gen():
    yield 1
    yield 2

def read_pipe(r):
    try:
        os.read(r, 1)
    except TimeoutError:
        pass  # a sibling's wake of the shared fd seen first

def holds_generator(q):
    g = gen()
    next(g)
    q.get()

def batch():
    q = Queue()
    lock = Lock()
    lock.acquire()
    r, w = os.pipe()
    never = Queue()
    with ThreadGroup() as g:
        fut = g.spawn(never.get)
        for i in range(PER):
            k = i % 5
            if k == 0:
                g.spawn(holds_generator, q)
            elif k == 1:
                g.spawn(lock.acquire)
            elif k == 2:
                g.spawn(time.sleep, 1000)
            elif k == 3:
                g.spawn(fut.result)
            else:
                g.spawn(read_pipe, r)
        time.sleep(0.001)
        g.cancel()
    lock.release()
    os.close(r)
    os.close(w)

start = time.monotonic()
samples = []
done = 0
while done < TOTAL:
    batch()
    done += PER
    if done % REPORT == 0 or done >= TOTAL:
        rss = rss_mb()
        samples.append(rss)
        print(f"threads {done:>10,}  rss {rss:7.1f} MB  live spindle threads {live_threads():>4}  {time.monotonic() - start:7.1f} s", flush=True)
ref = samples[min(1, len(samples) - 1)]
last = samples[-1]
flat = last <= ref * 1.25 + 16
print(f"RSS {'flat' if flat else 'GREW'}: {ref:.1f} MB after the first tenth, {last:.1f} MB at the end, peak {max(samples):.1f} MB")
SP
"$tmp/spindle" "$tmp/soak.sp" "$total"
