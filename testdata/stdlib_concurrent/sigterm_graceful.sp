# a child that shuts down gracefully on SIGTERM: the handler (run in the child's main thread) sets an Event
# the main thread waits on with no timeout, and the worker threads stop
import signal, subprocess, sys

child = r'''
import signal, threading, queue, sys
stop = threading.Event()
def on_term(signum, frame):
    print("got", signal.Signals(signum).name, "in", threading.current_thread().name, flush=True)
    stop.set()
signal.signal(signal.SIGTERM, on_term)
q = queue.Queue()
def worker():
    while not stop.is_set():
        try:
            q.get(timeout=0.01)
        except queue.Empty:
            pass
    print("worker stopping", flush=True)
t = threading.Thread(target=worker)
t.start()
print("ready", flush=True)
stop.wait()
t.join()
print("clean exit", flush=True)
sys.exit(0)
'''
p = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")
p.send_signal(signal.SIGTERM)
out, err = p.communicate(timeout=20)
print(out, end="")
print(repr(err), p.returncode)
