# multiprocessing.pool.ThreadPool / Pool and multiprocessing.dummy over virtual threads (no processes):
# map/starmap/imap/imap_unordered/apply(_async)/map_async with callbacks, errors, timeouts, close/join
import multiprocessing, time, threading
from multiprocessing.pool import ThreadPool
from multiprocessing import Pool
import multiprocessing.dummy as mpd

def sq(x):
    time.sleep(0.01 * (x % 3))
    return x * x

def fail(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x

if __name__ == "__main__":
    with ThreadPool(4) as p:
        print(p.map(sq, range(8)))
        print(p.starmap(pow, [(2, 3), (3, 2)]))
        print(list(p.imap(sq, range(5))))
        print(sorted(p.imap_unordered(sq, range(5))))
        print(p.apply(sq, (7,)))
        r = p.apply_async(sq, (6,))
        print(r.get(timeout=5), r.ready(), r.successful())
        got = []
        r = p.map_async(sq, [1, 2, 3], callback=got.append)
        r.wait()
        time.sleep(0.01)
        print(r.get(), got)
        errs = []
        r = p.map_async(fail, range(5), error_callback=lambda e: errs.append(repr(e)))
        try:
            r.get()
        except ValueError as e:
            print("ValueError", e)
        time.sleep(0.01)
        print(errs, r.successful())
        slow = p.apply_async(time.sleep, (0.5,))
        try:
            slow.get(timeout=0.01)
        except multiprocessing.TimeoutError as e:
            print("TimeoutError", type(e).__mro__[1].__name__)
        try:
            slow.successful()
        except ValueError as e:
            print("ValueError not ready")
    p = Pool(2)
    print(p.map(sq, [3, 4]))
    try:
        p.join()
    except ValueError as e:
        print("ValueError", e)
    p.close()
    try:
        p.map(sq, [1])
    except ValueError as e:
        print("ValueError", e)
    p.join()
    try:
        ThreadPool(0)
    except ValueError as e:
        print("ValueError", e)
    with mpd.Pool(3) as dp:
        print(dp.map(len, ["a", "bb", "ccc"]))
    q = mpd.Queue()
    ps = [mpd.Process(target=q.put, args=(i,)) for i in range(3)]
    for x in ps: x.start()
    for x in ps: x.join()
    print(sorted(q.get() for _ in range(3)))
    print(multiprocessing.cpu_count() > 0, issubclass(multiprocessing.TimeoutError, multiprocessing.ProcessError))
    inits = []
    with ThreadPool(2, initializer=inits.append, initargs=("init",)) as p:
        p.map(int, [1, 2])
    print(inits[:1])
