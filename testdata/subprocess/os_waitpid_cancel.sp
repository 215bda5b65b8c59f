# Spindle: os.waitpid and os.wait are cancellable waits (timeout()); the
# child is still there to wait for afterwards.
import os, subprocess
p = subprocess.Popen(["sleep", "0.5"])
for f in [lambda: os.waitpid(p.pid, 0), os.wait]:
    try:
        with timeout(0.05):
            f()
    except TimeoutError:
        print("timed out")
pid, st = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(st), os.WEXITSTATUS(st))
