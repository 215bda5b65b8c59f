# a failure cancels nested groups three levels deep; every finally runs
import threads, time

# keys exist beforehand: threads only overwrite values (no concurrent inserts)
done = dict.fromkeys(["level1", "level2 x", "level2 y", "level3 x.a", "level3 x.b", "level3 y.a", "level3 y.b"], False)

started = threads.Semaphore(0)

def level3(tag):
    try:
        started.release()
        time.sleep(100)
    finally:
        done["level3 " + tag] = True

def level2(tag):
    try:
        await:
            async: level3(tag + ".a")
            async: level3(tag + ".b")
    finally:
        done["level2 " + tag] = True

def level1():
    try:
        await:
            async: level2("x")
            async: level2("y")
    finally:
        done["level1"] = True

def fail():
    for _ in range(4):  # every level3 thread is inside its try (no sleep-and-hope)
        started.acquire()
    raise RuntimeError("stop")

t0 = time.monotonic()
try:
    await:
        async: level1()
        async: fail()
except RuntimeError as e:
    print("caught", e)
for m in sorted(done):
    print(m, done[m])
print("prompt:", time.monotonic() - t0 < 5)
