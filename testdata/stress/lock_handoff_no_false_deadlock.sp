# Many threads contend each lock kind while the main thread waits in a
# join: a released lock is always about to be taken by a woken waiter (or
# handed to a starving one), so the deadlock detector must never see
# "every thread blocked" here. Runs of the golden suite under -race
# repeat it.
import queue
import threading

N_THREADS = 8
ROUNDS = 1500


def contend(lock_kind):
    lock = lock_kind()
    count = [0]

    def work():
        for _ in range(ROUNDS):
            with lock:
                count[0] += 1
                if count[0] % 97 == 0:
                    sum(range(50))  # hold it a little: waiters pile up

    ts = [threading.Thread(target=work) for _ in range(N_THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return count[0]


for name, kind in (("Lock", threading.Lock), ("RLock", threading.RLock)):
    print(name, contend(kind))


def condition_ping_pong():
    cond = threading.Condition()
    turn = [0]
    seen = []

    def player(me):
        for _ in range(300):
            with cond:
                while turn[0] % 4 != me:
                    cond.wait()
                seen.append(me)
                turn[0] += 1
                cond.notify_all()

    ts = [threading.Thread(target=player, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return len(seen), seen[:8]


print("Condition", *condition_ping_pong())


def semaphore_pool():
    sem = threading.Semaphore(2)
    inside = [0]
    peak = [0]
    guard = threading.Lock()

    def work():
        for _ in range(500):
            with sem:
                with guard:
                    inside[0] += 1
                    peak[0] = max(peak[0], inside[0])
                with guard:
                    inside[0] -= 1

    ts = [threading.Thread(target=work) for _ in range(N_THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return peak[0] <= 2, inside[0]


print("Semaphore", *semaphore_pool())


def pipeline():
    q = queue.Queue(maxsize=4)
    totals = []
    guard = threading.Lock()

    def produce(k):
        for i in range(1000):
            q.put(k * 1000 + i)

    def consume():
        s = 0
        while True:
            x = q.get()
            if x is None:
                break
            s += x
        with guard:
            totals.append(s)

    ps = [threading.Thread(target=produce, args=(k,)) for k in range(4)]
    cs = [threading.Thread(target=consume) for _ in range(4)]
    for t in ps + cs:
        t.start()
    for t in ps:
        t.join()
    for _ in cs:
        q.put(None)
    for t in cs:
        t.join()
    return sum(totals)


print("Queue", pipeline())
