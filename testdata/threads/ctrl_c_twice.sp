# A second Ctrl-C ends the process at once: here the first one's cancellation is stuck in a shielded
# cleanup that would block for 100 s; the second SIGINT ends the child promptly with status 130
import signal, subprocess, sys, time

child = r'''
import time
try:
    print("ready", flush=True)
    time.sleep(100)
finally:
    with shield():
        print("cleanup started", flush=True)
        time.sleep(100)
        print("cleanup never ends", flush=True)
'''
p = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")
t0 = time.monotonic()
p.send_signal(signal.SIGINT)
print(p.stdout.readline(), end="")
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=20)
print(repr(out), "exit", p.returncode, "prompt:", time.monotonic() - t0 < 10)
