# signal.setitimer / getitimer / alarm: ITIMER_REAL sends SIGALRM, a handler counts the ticks
import signal
import threading

print(signal.ITIMER_REAL, signal.ItimerError.__name__, issubclass(signal.ItimerError, OSError))
print(signal.setitimer(signal.ITIMER_REAL, 0.5, 0.25))
print(signal.getitimer(signal.ITIMER_REAL)[1])
print(signal.alarm(0))
print(signal.getitimer(signal.ITIMER_REAL))
try:
    signal.setitimer(7, 1)
except signal.ItimerError as e:
    print("ItimerError", e)
ticks = []
done = threading.Event()
def on_alarm(signum, frame):
    ticks.append(signum)
    if len(ticks) == 3:
        signal.setitimer(signal.ITIMER_REAL, 0)
        done.set()
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
print(done.wait(5), ticks, signal.getitimer(signal.ITIMER_REAL))
class Timeout(Exception):
    pass
def raise_timeout(signum, frame):
    raise Timeout()
signal.signal(signal.SIGALRM, raise_timeout)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    threading.Event().wait()
except Timeout:
    print("timed out by SIGALRM")
