# signal handlers run in the main thread (also for a signal sent from another thread), between statements or inside
# the wait the main thread is blocked in; a handler that returns lets time.sleep go on, one that raises ends it;
# signal.Signals / Handlers are IntEnums; alarm, pause
import signal, threading, os, time
print(repr(signal.SIGINT), str(signal.SIGINT), f"{signal.SIGTERM}", signal.SIGINT.name, signal.Signals(2), signal.Signals["SIGTERM"].value)
print(repr(signal.SIG_DFL), repr(signal.getsignal(signal.SIGTERM)), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.SIGINT == 2, len(signal.Signals), repr(signal.SIGIOT), [s.name for s in signal.Signals][:6])
try:
    signal.Signals(99)
except ValueError as e:
    print(e)
got = []
def h(signum, frame):
    got.append((signum, threading.current_thread().name))
    print("handler", signum, type(signum).__name__, threading.current_thread().name)
old = signal.signal(signal.SIGUSR1, h)
print(repr(old))
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill")
# from a worker thread: the handler runs in the main thread
t = threading.Thread(target=lambda: os.kill(os.getpid(), signal.SIGUSR1), name="sender")
t.start(); t.join()
time.sleep(0.05)
print(got)
# handler sets an event the main thread waits for
ev = threading.Event()
signal.signal(signal.SIGUSR2, lambda s, f: ev.set())
threading.Timer(0.05, lambda: os.kill(os.getpid(), signal.SIGUSR2)).start()
print("waited", ev.wait(5))
# a handler that raises interrupts the sleep
class Stop(Exception): pass
def raiser(s, f):
    raise Stop("stop")
signal.signal(signal.SIGUSR1, raiser)
threading.Timer(0.05, lambda: os.kill(os.getpid(), signal.SIGUSR1)).start()
t0 = time.monotonic()
try:
    time.sleep(3)
except Stop as e:
    print("Stop raised", e, time.monotonic() - t0 < 1)
# a handler that returns: sleep goes on
signal.signal(signal.SIGUSR1, h)
threading.Timer(0.05, lambda: os.kill(os.getpid(), signal.SIGUSR1)).start()
t0 = time.monotonic()
time.sleep(0.3)
print("slept full", time.monotonic() - t0 >= 0.3)
signal.signal(signal.SIGALRM, lambda s, f: print("alarm", s))
print(signal.alarm(1))
signal.pause()
print("after pause")
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print("OSError", e)
def in_thread():
    try:
        signal.signal(signal.SIGUSR1, h)
    except ValueError as e:
        print(e)
t = threading.Thread(target=in_thread); t.start(); t.join()
print(signal.strsignal(signal.SIGTERM))
