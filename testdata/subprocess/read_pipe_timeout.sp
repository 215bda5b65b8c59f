# Spindle: a thread reading a child's stdout pipe under timeout(): the read is cancelled and
# Popen's __exit__ (a cancellable wait) kills the child, so nothing is left running.
import subprocess, time
n = 0
try:
    with timeout(0.3):
        with subprocess.Popen(["sh", "-c", "while true; do echo y; sleep 0.01; done"], stdout=subprocess.PIPE, text=True) as p:
            for line in p.stdout:
                n += 1
except TimeoutError:
    print("timed out, read lines:", n > 5)
time.sleep(0.1)
print("child returncode:", p.poll())
