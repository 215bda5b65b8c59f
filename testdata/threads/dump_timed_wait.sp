# A dump marks a wait with a time limit ("with a timeout", JSON "timed")
# and finds no wait cycle through it: two threads wait on each other's
# lock, but one of them only for a while
import json, re, threading, threads

a, b = threading.Lock(), threading.Lock()
both = threading.Barrier(3)
out = []


def first():
    with a:
        both.wait()
        out.append(("first got b", b.acquire(timeout=30)))


def second():
    b.acquire()
    both.wait()
    with a:
        out.append(("second got a", True))


def waiting(tree):
    return sorted(t["name"] for t in tree["background"]["threads"] if t["state"].startswith("waiting on Lock"))


t1 = threading.Thread(target=first, name="first")
t2 = threading.Thread(target=second, name="second")
t1.start()
t2.start()
both.wait()
while waiting(json.loads(threads.dump(format="json"))) != ["first", "second"]:
    pass
for line in sorted(l.strip() for l in threads.dump().splitlines() if "'first'" in l or "'second'" in l):
    print(re.sub(r"0x[0-9a-f]+", "0x...", line))
tree = json.loads(threads.dump(format="json"))
print(tree["cycles"], sorted((t["name"], t.get("timed", False)) for t in tree["background"]["threads"]))
b.release()  # a Lock may be released by any thread: first gets b
t1.join()
t2.join()
print(sorted(out))
