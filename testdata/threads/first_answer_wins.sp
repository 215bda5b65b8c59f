# g.cancel(): the group ends without raising; the winner's answer is kept
import time

answer = []
def racer(name, delay, g):
    time.sleep(delay)
    answer.append(name)
    g.cancel()

with ThreadGroup() as g:
    g.spawn(racer, "fast", 0.01, g)
    g.spawn(racer, "slow", 10, g)
print(answer)

with ThreadGroup() as g:
    f = g.spawn(time.sleep, 10)
    g.cancel()
try:
    f.result()
except Cancelled:
    print("result raised Cancelled")
try:
    g.spawn(print, "late")
except RuntimeError as e:
    print("RuntimeError")
