# threads.dump() and threads.dump(format="json") show the live tree: the main thread, its open groups (nested inside
# a child's own groups too), each thread's name, state (running, sleeping, waiting on what) and line; the background group
import json, re, threads, time

ev = threads.Event()
parked = threads.Semaphore(0)

def sleeper():
    parked.release()
    time.sleep(100)

def waiter():
    parked.release()
    ev.wait()

def parent():
    with ThreadGroup(name="inner") as g:
        g.spawn(waiter, name="grandchild")
        parked.release()
        ev.wait()

def walk(node, depth, out):
    # one line per group and per thread, depth-first
    for grp in node.get("groups", []):
        out.append("  " * depth + "group %s (%s)" % (grp["name"], grp["state"]))
        for t in grp["threads"]:
            state = re.sub(r" at 0x[0-9a-f]+", "", t["state"])
            out.append("  " * (depth + 1) + "%s: %s, %s line %d" % (t["name"], state, t["function"], t["line"]))
            print_keys.add(tuple(sorted(t)))
            walk(t, depth + 2, out)

def busy(node):
    # is some thread under node still running (not yet parked)?
    return any(t["state"] == "running" or busy(t) for grp in node.get("groups", []) for t in grp["threads"])

print_keys = set()
bg = spawn(waiter)
with ThreadGroup(name="outer") as g:
    g.spawn(sleeper, name="s")
    g.spawn(parent, name="p")
    for _ in range(4):  # sleeper, waiter, parent and the background waiter have started
        parked.acquire()
    while True:  # until every parked thread has reached its blocking call
        d = json.loads(threads.dump(format="json"))
        if not busy(d["main"]) and not busy({"groups": [d["background"]]}):
            break
        time.sleep(0.01)
    print(sorted(d), d["main"]["name"], d["main"]["state"], d["main"]["function"])
    out = []
    walk(d["main"], 0, out)
    print("\n".join(out))
    print("background:", [(t["name"].startswith("Thread-"), re.sub(r" at 0x[0-9a-f]+", "", t["state"])) for t in d["background"]["threads"]])
    for keys in sorted(print_keys):
        print(keys)
    text = re.sub(r"0x[0-9a-f]+", "0x...", threads.dump())
    print(text.splitlines()[0])
    print(sorted(l.strip() for l in text.splitlines()[1:] if l.strip()))
    ev.set()
    g.cancel()
bg.result()
print(len(json.loads(threads.dump(format="json"))["main"]["groups"]))
