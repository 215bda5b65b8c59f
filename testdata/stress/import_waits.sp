# Waiting for a module another thread is importing is a cancellable wait: a
# timeout around the import fires on time; two threads importing two modules
# that import each other are reported as a DeadlockError instead of hanging.
import time

def first():
    import stress_sleepy_helper

def second():
    time.sleep(0.05)  # first() is inside the module body by now
    t0 = time.monotonic()
    try:
        with timeout(0.1):
            import stress_sleepy_helper
        print("imported early")
    except TimeoutError:
        print("TimeoutError before the module finished:", time.monotonic() - t0 < 0.8)

await:
    async: first()
    async: second()
import stress_sleepy_helper
print("the module ran once:", stress_sleepy_helper.RUNS)

try:
    await:
        async: import stress_cycle_a_helper
        async: import stress_cycle_b_helper
except DeadlockError as e:
    print("DeadlockError", "waits on import" in str(e))
