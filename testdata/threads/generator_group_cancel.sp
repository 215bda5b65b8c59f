# SPINDLE-SPECIFIC (hand-written .out). A generator paused inside `await:`
# (LANGUAGE.md §2.2-2.5): the resumer's cancellation reaches the
# generator's code while it runs (its scopes hang under the resumer's
# scope at each resume, on whichever thread resumes it); close() runs
# the block's exit, which joins the group's threads.
import time

main = ThreadGroup.current
log = []


def spin():
    await:
        yield "paused"
        n = 0
        while True:  # a checkpoint at each iteration
            n += 1


it = spin()
print(next(it))
try:
    with timeout(0.05):
        next(it)
except TimeoutError:
    print("the caller's timeout cancelled the generator | in main:", ThreadGroup.current is main)


def holder():
    await:
        async:
            try:
                time.sleep(100)
            finally:
                log.append("child ended")
        yield "paused"


it = holder()
print(next(it))
it.close()
print("closed:", log, "| in main:", ThreadGroup.current is main)


def where():
    with ThreadGroup(name="inner") as g:
        while True:
            yield ThreadGroup.current.name


it = where()
print("main resumes:", next(it))
with ThreadGroup(name="other") as other:
    f = other.spawn(lambda: (next(it), ThreadGroup.current.name))
print("another thread resumes:", f.result())


def cancelled_there():
    with ThreadGroup(name="other2") as g:
        def run():
            try:
                while True:
                    next(it)
            except BaseException as e:
                return type(e).__name__ + " in " + ThreadGroup.current.name
        f = g.spawn(run)
        time.sleep(0.01)
        g.cancel()
    return f.result()


print("cancelling the other thread's group:", cancelled_there())
print("main is back in main:", ThreadGroup.current is main)
