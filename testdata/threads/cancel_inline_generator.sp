# SPINDLE-SPECIFIC (hand-written .out). A thread cancelled while it runs a
# for loop over a fresh generator (run inline, interp/generator_push.go):
# the generator is closed as the Cancelled leaves the loop, its finally
# runs in cleanup mode (its loop is not a checkpoint, LANGUAGE.md §2.5),
# then the consumer's finally runs.
import time

# keys exist beforehand: threads only overwrite values
log = dict.fromkeys(["1 gen finally", "2 consumer finally", "order"], False)
order = []


def ticks():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        total = 0
        for i in range(3):
            total += i
        log["1 gen finally"] = total == 3
        order.append("gen")


def consume():
    try:
        for t in ticks():
            time.sleep(0.001)
    finally:
        log["2 consumer finally"] = True
        order.append("consumer")


def fail():
    time.sleep(0.05)
    raise RuntimeError("stop")


try:
    await:
        async: consume()
        async: fail()
except RuntimeError as e:
    print("caught", e)
log["order"] = order == ["gen", "consumer"]
for k in sorted(log):
    print(k, log[k])
