# A child that installs its own SIGINT handler: Ctrl-C runs the handler in the main thread instead of raising
# KeyboardInterrupt; restoring signal.default_int_handler makes the next Ctrl-C raise KeyboardInterrupt again
import signal, subprocess, sys

child = r'''
import signal, time
got = []
def handler(signum, frame):
    print("handler ran for SIGINT:", signum == signal.SIGINT, flush=True)
    got.append(signum)
old = signal.signal(signal.SIGINT, handler)
print("old handler is default:", old is signal.default_int_handler, flush=True)
print("ready", flush=True)
while not got:
    time.sleep(0.01)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    print("ready again", flush=True)
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("KeyboardInterrupt caught", flush=True)
'''
p = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
for _ in range(2):
    print(p.stdout.readline(), end="")
p.send_signal(signal.SIGINT)
for _ in range(2):
    print(p.stdout.readline(), end="")
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=20)
print(out, end="")
# CPython ends an uncaught KeyboardInterrupt by killing itself with SIGINT (-2); Spindle exits 130
print(repr(err), 130 if p.returncode == -2 else p.returncode)
