# shutdown.sp — a worker service that shuts down gracefully on Ctrl-C.
#
# Shows: Ctrl-C raises KeyboardInterrupt in the main thread, and the whole
# thread tree under it is cancelled in a structured way: every worker gets
# Cancelled wherever it is blocked or computing, runs its cleanup
# (`finally`, with `with shield():` where the cleanup itself must block),
# the group joins them all, and only then does KeyboardInterrupt reach the
# `except` around the group — which prints a summary and exits with 130,
# the status of a process ended by SIGINT.
#
# Run:   go run ./cmd/spindle examples/shutdown.sp
#        (then press Ctrl-C after the "ready" line)
#
# The service: 3 workers take jobs from a queue and append their results to
# one log file each (in a temporary folder). A scheduler queues a batch of
# jobs every minute: 8 quick ones and one long "rebuild-index" job that
# writes a partial file and, when interrupted, removes it (a rollback).
import os, sys, tempfile, threads, time

WORKERS = 3
QUICK_JOBS = 8


def quick_job(n):
    """A small real computation: the sum of the digits of 2**(1000+n)."""
    return sum(int(d) for d in str(2 ** (1000 + n)))


def rebuild_index(folder, cleanup):
    partial = os.path.join(folder, "index.partial")
    f = open(partial, "w")
    try:
        for chunk in range(1000):  # about a minute of work
            f.write(f"chunk {chunk}\n")
            time.sleep(0.05)  # a blocking step: a cancellation checkpoint
        f.close()
        os.replace(partial, os.path.join(folder, "index"))
        return "index rebuilt"
    except Cancelled:
        f.close()
        os.remove(partial)
        cleanup.append("rebuild-index: interrupted, partial index removed")
        raise


def note(state, ready, change):
    """Applies change to the shared state; sets ready once the first batch's
    quick jobs are done and the long job is running."""
    s = state.update(change)
    if s["done"] >= QUICK_JOBS and s["long started"]:
        ready.set()


def worker(wid, jobs, folder, state, ready, cleanup):
    log = open(os.path.join(folder, f"worker-{wid}.log"), "w")
    try:
        for job in jobs:  # blocks while the queue is empty
            if job == "rebuild-index":
                note(state, ready, lambda s: s | {"long started": True})
                result = rebuild_index(folder, cleanup)
            else:
                result = quick_job(job)
            log.write(f"job {job}: {result}\n")
            note(state, ready, lambda s: s | {"done": s["done"] + 1})
    finally:
        # Cleanup that must finish even though this thread is cancelled.
        with shield():
            log.flush()
            log.close()
            cleanup.append(f"worker {wid}: log flushed and closed")


def scheduler(jobs):
    batch = 0
    while True:
        batch += 1
        for n in range(QUICK_JOBS):
            jobs.put(batch * 100 + n)
        jobs.put("rebuild-index")
        time.sleep(60)  # the next batch is due in a minute


def results_on_disk(folder):
    lines = []
    for wid in range(1, WORKERS + 1):
        with open(os.path.join(folder, f"worker-{wid}.log")) as f:
            lines.extend(f.read().splitlines())
    return sorted(lines)


def main():
    cleanup = []  # list.append is atomic: safe from every worker
    interrupted = False
    with tempfile.TemporaryDirectory() as folder:
        jobs = threads.Queue()
        state = Mutex({"done": 0, "long started": False})
        ready = threads.Event()
        try:
            with ThreadGroup(name="service") as g:
                for wid in range(1, WORKERS + 1):
                    g.spawn(worker, wid, jobs, folder, state, ready, cleanup, name=f"worker-{wid}")
                g.spawn(scheduler, jobs, name="scheduler")
                print(f"service started: {WORKERS} workers", flush=True)
                ready.wait()
                print("ready: first batch done, rebuilding the index (Ctrl-C to stop)", flush=True)
        except KeyboardInterrupt:
            interrupted = True
            print("Ctrl-C: every worker was cancelled and has cleaned up")
        print("cleanup:")
        for line in sorted(cleanup):
            print(f"  {line}")
        results = results_on_disk(folder)
        print(f"results on disk: {len(results)}")
        for line in results:
            print(f"  {line}")
        print("partial files left:", [n for n in os.listdir(folder) if n.endswith(".partial")])
    if interrupted:
        sys.exit(130)


main()
