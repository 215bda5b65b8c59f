# a three-stage pipeline of threads connected by queues, shut down by sentinels
import queue
import threading

DONE = None
q1, q2, out = queue.Queue(), queue.Queue(maxsize=2), queue.Queue()

def parse():
    while (item := q1.get()) is not DONE:
        q2.put(int(item))
    q2.put(DONE)

def square():
    while (item := q2.get()) is not DONE:
        out.put(item * item)
    out.put(DONE)

stages = [threading.Thread(target=parse, name="parse"), threading.Thread(target=square, name="square")]
for s in stages:
    s.start()
for word in "3 1 4 1 5 9 2 6".split():
    q1.put(word)
q1.put(DONE)
results = []
while (r := out.get()) is not DONE:
    results.append(r)
for s in stages:
    s.join()
print(results)
print([s.is_alive() for s in stages], q1.empty(), q2.empty(), out.empty())
