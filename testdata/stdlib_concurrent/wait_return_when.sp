# concurrent.futures.wait: return_when FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED with gates, timeout=0,
# already-done futures, duplicates, the DoneAndNotDoneFutures tuple, and a bad return_when
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import concurrent.futures as cf
import threading

gates = [threading.Event() for _ in range(4)]
def job(i, fail=False):
    gates[i].wait(10)
    if fail:
        raise ValueError(i)
    return i

with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(job, 0), ex.submit(job, 1, True), ex.submit(job, 2), ex.submit(job, 3)]
    r = wait(fs, timeout=0)
    print(type(r).__name__, len(r.done), len(r.not_done), r._fields)
    gates[0].set()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    gates[2].set()
    # FIRST_EXCEPTION with no exception yet: waits for all or the timeout
    done, not_done = wait(fs, timeout=0.05, return_when=FIRST_EXCEPTION)
    print(sorted(f.result() for f in done), len(not_done))
    gates[1].set()
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(sorted(repr(f.exception()) for f in done if f.exception()), len(not_done))
    gates[3].set()
    done, not_done = wait(fs + fs[:2], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    # everything done already: FIRST_COMPLETED returns them all
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
    print(wait([], timeout=1))
    try:
        wait(fs, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
