# pipeline.sp — stages connected by queues.
#
# Shows: threads.Queue(maxsize) between stages (a full queue makes the
# producer wait: backpressure), several workers per stage, q.close() to say
# "no more items", and `for item in q:` which ends once the queue is closed
# and drained. Each stage closes its output queue when all of its workers
# are done (in a finally, so a failure cannot leave the next stage waiting
# forever; a failure in any stage cancels the whole pipeline anyway).
#
# Run:   go run ./cmd/spindle examples/pipeline.sp [ACCESS_LOG]
#
# The input is a web server access log, one request a line:
#     METHOD PATH STATUS MILLISECONDS
# With no argument the program generates a 2000-line log in memory.
# Stages: read -> parse (3 workers) -> classify (2 workers) -> summarize.
import sys, threads

QUEUE_SIZE = 32


def generated_log(n):
    paths = ["/", "/login", "/search", "/cart", "/api/items", "/api/orders"]
    for i in range(n):
        if i % 397 == 0:
            yield f"garbage line {i}"
            continue
        path = paths[(i * 7) % len(paths)]
        status = 500 if i % 101 == 0 else (404 if i % 37 == 0 else 200)
        yield f"GET {path} {status} {(i * 13) % 450 + 5}"


def read_stage(lines, out, counts):
    try:
        for line in lines:
            out.put(line)
            with counts.lock() as c:
                c["read"] += 1
    finally:
        out.close()


def parse(line):
    """'GET /x 200 15' -> (path, status, ms), or None for a malformed line."""
    parts = line.split()
    if len(parts) != 4 or not parts[2].isdigit() or not parts[3].isdigit():
        return None
    return (parts[1], int(parts[2]), int(parts[3]))


def classify(record):
    path, status, ms = record
    if status >= 500:
        kind = "error"
    elif status >= 400:
        kind = "missing"
    elif ms >= 400:
        kind = "slow"
    else:
        kind = "ok"
    return (path, kind, ms)


def worker_stage(name, workers, fn, inq, outq, counts):
    """Runs `workers` threads applying fn to every item of inq; results
    that are not None go to outq, which is closed when all have finished."""
    def work():
        for item in inq:  # ends when inq is closed and drained
            result = fn(item)
            if result is not None:
                outq.put(result)
            with counts.lock() as c:
                c[name if result is not None else name + " dropped"] += 1
    try:
        with ThreadGroup(name=name) as g:
            for i in range(workers):
                g.spawn(work, name=f"{name}-{i}")
    finally:
        outq.close()


def summarize(inq):
    per_path = {}
    for path, kind, ms in inq:
        stats = per_path.setdefault(path, {"ok": 0, "slow": 0, "missing": 0, "error": 0, "ms": 0})
        stats[kind] += 1
        stats["ms"] += ms
    return per_path


def run_pipeline(lines):
    """Runs the four stages over lines; returns (stage counts, per-path
    stats, whether every queue ended empty)."""
    counts = Mutex({"read": 0, "parse": 0, "parse dropped": 0, "classify": 0, "classify dropped": 0})
    raw = threads.Queue(QUEUE_SIZE)
    records = threads.Queue(QUEUE_SIZE)
    classified = threads.Queue(QUEUE_SIZE)
    with ThreadGroup(name="pipeline") as g:
        g.spawn(read_stage, lines, raw, counts, name="read")
        g.spawn(worker_stage, "parse", 3, parse, raw, records, counts, name="parse")
        g.spawn(worker_stage, "classify", 2, classify, records, classified, counts, name="classify")
        result = g.spawn(summarize, classified, name="summarize")
    drained = all(q.qsize() == 0 for q in (raw, records, classified))
    return counts.get(), result.result(), drained


def main(argv):
    if argv:
        with open(argv[0]) as f:
            c, per_path, drained = run_pipeline(line.rstrip("\n") for line in f)
    else:
        c, per_path, drained = run_pipeline(generated_log(2000))
    print(f"read {c['read']} lines, parsed {c['parse']} ({c['parse dropped']} malformed), classified {c['classify']}")
    print(f"{'path':12} {'ok':>5} {'slow':>5} {'404':>5} {'500':>5} {'avg ms':>7}")
    for path in sorted(per_path):
        s = per_path[path]
        n = s["ok"] + s["slow"] + s["missing"] + s["error"]
        print(f"{path:12} {s['ok']:5d} {s['slow']:5d} {s['missing']:5d} {s['error']:5d} {s['ms'] / n:7.1f}")
    print("queues closed and drained:", drained)


main(sys.argv[1:])
