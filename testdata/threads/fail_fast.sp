# the first failure is re-raised by await:, siblings are cancelled (CPU-bound and sleeping), their finally blocks run
import time

# keys exist beforehand: threads only overwrite values (no concurrent inserts)
KEYS = ["spin finally", "sleeper finally", "caught Cancelled once", "caught Cancelled twice"]
done = dict.fromkeys(KEYS, False)

def report():
    print(sorted(k for k in KEYS if done[k]))
    for k in KEYS:
        done[k] = False

def spin():
    try:
        n = 0
        while True:
            n += 1
    finally:
        done["spin finally"] = True

def sleeper():
    try:
        time.sleep(100)
    finally:
        done["sleeper finally"] = True

def boom():
    time.sleep(0.05)
    raise ValueError("boom")

t0 = time.monotonic()
try:
    await:
        async: spin()
        async: sleeper()
        async: boom()
except ValueError as e:
    print("caught", type(e).__name__, e)
report()
print("prompt:", time.monotonic() - t0 < 5)

# the block's own code raising cancels the threads too
try:
    await:
        async: sleeper()
        time.sleep(0.01)
        raise KeyError("body")
except KeyError as e:
    print("caught", repr(e))
report()

# a caught Cancelled comes back at the next checkpoint (level-triggered)
def stubborn():
    try:
        time.sleep(100)
    except Cancelled:
        done["caught Cancelled once"] = True
    try:
        while True:
            pass
    except Cancelled:
        done["caught Cancelled twice"] = True

try:
    await:
        async: stubborn()
        async: boom()
except ValueError as e:
    print("caught", e)
report()

# Cancelled is not an Exception
print(issubclass(Cancelled, BaseException), issubclass(Cancelled, Exception))
