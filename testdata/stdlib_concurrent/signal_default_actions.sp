# Signals with no Python handler take their default action, as in CPython:
# SIGUSR1/SIGUSR2/SIGALRM/SIGHUP kill the process (returncode -N, 128+N in
# a shell), sent from outside, by os.kill to itself, raise_signal or
# alarm(), also while threads run; a handler runs in the main thread;
# SIG_IGN ignores; SIG_DFL set back kills again; SIGCHLD's default is to
# ignore it.
import signal, subprocess, sys

def run(code, send=None):
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if send is not None:
        print(" ", p.stdout.readline().strip())
        p.send_signal(send)
    out, err = p.communicate(timeout=20)
    rc = p.returncode
    name = signal.Signals(-rc).name if rc < 0 else rc
    print(" ", out.split(), name, err.splitlines()[-1:])

WAIT = "import time, threading\nprint('ready', flush=True)\ntime.sleep(30)\nprint('not reached')"
for sig in [signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGHUP]:
    print(sig.name, "from outside")
    run(WAIT, sig)
    print(sig.name, "to itself")
    run("import os, signal\nprint('before')\nos.kill(os.getpid(), signal.%s)\nprint('after')" % sig.name)

print("raise_signal")
run("import signal\nprint('before', flush=True)\nsignal.raise_signal(signal.SIGUSR2)\nprint('after')")
print("while threads wait")
run("""
import threading, time
ts = [threading.Thread(target=time.sleep, args=(30,)) for _ in range(3)]
for t in ts: t.start()
print('ready', flush=True)
ts[0].join()
""", signal.SIGUSR1)
print("alarm")
run("import signal, time\nsignal.alarm(1)\ntime.sleep(30)\nprint('not reached')")
print("handler, SIG_IGN, SIG_DFL again")
run("""
import os, signal, threading, time
def h(signum, frame):
    print('handler', signal.Signals(signum).name, threading.current_thread().name)
signal.signal(signal.SIGUSR1, h)
os.kill(os.getpid(), signal.SIGUSR1)
signal.signal(signal.SIGALRM, h)
signal.alarm(1)
signal.pause()
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print('ignored')
signal.raise_signal(signal.SIGCHLD)
print('SIGCHLD ignored')
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGUSR1)
print('not reached')
""")
print("handler, signal from outside")
run("""
import signal, threading, time
got = threading.Event()
def h(signum, frame):
    print('handler', threading.current_thread().name)
    got.set()
signal.signal(signal.SIGUSR2, h)
print('ready', flush=True)
got.wait()
print('done')
""", signal.SIGUSR2)
