# A partial deadlock while the main thread still runs: two threads take
# two locks in opposite order. threads.dump() shows each waiting on the
# lock the other holds and names the cycle; the JSON has it as "cycles"
import json, re, threading, threads

a, b = threading.Lock(), threading.Lock()
both = threading.Barrier(2)


def take(first, second):
    with first:
        both.wait()
        with second:
            pass


threading.Thread(target=take, args=(a, b), name="w1", daemon=True).start()
threading.Thread(target=take, args=(b, a), name="w2", daemon=True).start()


def waiting(tree):
    return sorted(t["name"] for t in tree["daemons"]["threads"] if t["state"].startswith("waiting on Lock"))


while waiting(json.loads(threads.dump(format="json"))) != ["w1", "w2"]:
    pass
text = threads.dump()
for line in sorted(l.strip() for l in text.splitlines() if "'w" in l):
    print(re.sub(r"0x[0-9a-f]+", "0x...", line))
tree = json.loads(threads.dump(format="json"))
print(tree["cycles"])
print(sorted((t["name"], t["held_by"]) for t in tree["daemons"]["threads"]))
print("main goes on")
