# SIGQUIT prints the live thread tree to the child's stderr (its groups, threads, states and lines) and the
# program goes on: the parent asks for dumps until every thread has parked, then the child finishes with status 0
import re, signal, subprocess, sys, time

child = r'''
import sys, threads, time
ev = threads.Event()
started = threads.Semaphore(0)
def sleeper():
    started.release()
    time.sleep(100)
def waiter():
    started.release()
    ev.wait()
with ThreadGroup(name="pool") as g:
    g.spawn(sleeper, name="napper")
    g.spawn(waiter, name="patient")
    started.acquire(); started.acquire()
    print("ready", flush=True)
    line = sys.stdin.readline()
    print("main read", repr(line), flush=True)
    ev.set()
    g.cancel()
print("child done", flush=True)
'''
p = subprocess.Popen([sys.executable, "-c", child], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")
dumps = 0
while True:
    p.send_signal(signal.SIGQUIT)
    dump = []
    while True:
        line = p.stderr.readline()
        dump.append(re.sub(r"0x[0-9a-f]+", "0x...", line.rstrip("\n")))
        if not line or line.startswith("Background group"):
            break
    dumps += 1
    text = "\n".join(dump)
    if "MainThread': blocked" in text and "': running" not in text:
        break
    time.sleep(0.01)
print(text)
out, err = p.communicate("go on\n", timeout=20)
print(out, end="")
print(repr(err), "exit", p.returncode, "dumps", dumps > 0)
