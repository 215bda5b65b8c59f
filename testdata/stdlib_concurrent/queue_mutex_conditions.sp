# queue.Queue's mutex, not_empty, not_full, all_tasks_done: Conditions
# sharing q.mutex, used as CPython code uses them
import queue, threading, time

q = queue.Queue()
print(type(q.mutex).__name__, type(q.not_empty).__name__)
print(q.not_empty._lock is q.mutex, q.not_full._lock is q.mutex, q.all_tasks_done._lock is q.mutex)

# clearing under the mutex: a putter cannot slip in while it is held
b = queue.Queue(1)
b.put("a")
done = []
t = threading.Thread(target=lambda: (b.put("b", timeout=0.2), done.append("put b")))
t.start()
with b.mutex:
    b.queue.clear()
    time.sleep(0.05)
    print("while held:", list(b.queue), b.unfinished_tasks)
t.join()
print(done, list(b.queue), b.unfinished_tasks)

# the usual recipe to drop pending work and release join()
w = queue.Queue()
for i in range(3):
    w.put(i)
joined = []
j = threading.Thread(target=lambda: (w.join(), joined.append(True)))
j.start()
with w.mutex:
    w.queue.clear()
    w.unfinished_tasks = 0
    w.all_tasks_done.notify_all()
j.join()
print(joined, w.qsize(), w.empty())

# push to the front, as some schedulers do
f = queue.Queue()
f.put("later")
with f.not_empty:
    f.queue.appendleft("urgent")
    f.unfinished_tasks += 1
    f.not_empty.notify()
print(f.qsize(), f.get(), f.unfinished_tasks)

# a consumer woken by not_empty.notify()
c = queue.Queue()
got = []
def consumer():
    with c.not_empty:
        while not c._qsize():
            c.not_empty.wait()
        got.append(c._get())
ct = threading.Thread(target=consumer)
ct.start()
c.put("item")
ct.join()
print(got, c.qsize())

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    try:
        iter(cls())
    except TypeError as e:
        print(e)
    try:
        1 in cls()
    except TypeError as e:
        print(e)
print(bool(queue.Queue()))
