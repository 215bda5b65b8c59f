# Writing to a child process that stopped reading raises BrokenPipeError (errno 32), as in CPython: no SIGPIPE death, and close() reports it too.
import subprocess
p = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
try:
    for i in range(100000):
        p.stdin.write(b"x" * 1000)
    p.stdin.flush()
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
p.wait()
try:
    p.stdin.close()
except BrokenPipeError:
    print("close: BrokenPipeError")
print("done")
