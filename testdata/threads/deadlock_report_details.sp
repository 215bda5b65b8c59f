# Details of deadlock reports and dumps: a lock whose holder has ended is
# "held by thread 'x' (ended)"; a thread with no Python frame (a built-in
# as its target) is placed where it was started
import re, threading, threads, json


def report(e):
    return [re.sub(r"0x[0-9a-f]+", "0x...", l) for l in str(e).splitlines()]


lock = threading.Lock()
t = threading.Thread(target=lock.acquire, name="grabber")
t.start()
t.join()
try:
    lock.acquire()
except DeadlockError as e:
    print(*report(e), sep="\n")

q = threading.Thread(target=threads.Queue().get, name="getter", daemon=True)
q.start()
try:
    q.join()
except DeadlockError as e:
    print(*report(e), sep="\n")

# the same in a dump while the main thread still runs
def wait_for_lock():
    lock.acquire()


def dumped(name):
    for t in json.loads(threads.dump(format="json"))["daemons"]["threads"]:
        if t["name"] == name:
            return t


w = threading.Thread(target=wait_for_lock, name="late", daemon=True)
w.start()
while not dumped("late")["state"].startswith("waiting"):
    pass
t = dumped("late")
print(t["waiting_on"][:4], t["held_by"], t["holder_ended"], t["line"])
for line in threads.dump().splitlines():
    if "'late'" in line:
        print(re.sub(r"0x[0-9a-f]+", "0x...", line.strip()))
