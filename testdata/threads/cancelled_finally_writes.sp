# finally blocks of cancelled threads may print while other cancelled
# threads print at the same moment: every line comes out (waiting for
# sys.stdout is not a checkpoint during cleanup; lines were lost when
# eight threads printed as a timeout unwound them).
import subprocess, sys

child = r'''
import time
def worker(n):
    try:
        time.sleep(10)
    finally:
        for i in range(50):
            print("w%d finally %d" % (n, i), flush=True)
try:
    with timeout(0.1):
        await:
            for n in range(8):
                async: worker(n)
except TimeoutError:
    print("timed out", flush=True)
'''
for attempt in range(3):
    p = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=20)
    lines = p.stdout.splitlines()
    want = ["w%d finally %d" % (n, i) for n in range(8) for i in range(50)] + ["timed out"]
    print(len(lines), sorted(lines) == sorted(want), repr(p.stderr), p.returncode)
