# os.wait, os.waitpid (with WNOHANG), the wait-status functions and
# os.kill for children started by subprocess.Popen: each status is
# delivered once, to os.waitpid or to Popen.
import os
import signal
import subprocess

print(os.getppid() > 0, os.cpu_count() >= 1, len(os.sched_getaffinity(0)) >= 1)
print(os.sched_getaffinity(0) <= set(range(os.cpu_count() or 1024)))

p = subprocess.Popen(["sh", "-c", "exit 3"])
pid, st = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st))
print(os.waitstatus_to_exitcode(st))
print(p.wait(), p.returncode)  # someone else reaped it: CPython reports 0

p = subprocess.Popen(["sleep", "10"])
print(os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, signal.SIGTERM)
pid, st = os.waitpid(p.pid, 0)
print(os.WIFSIGNALED(st), os.WTERMSIG(st) == signal.SIGTERM, os.WIFEXITED(st))
print(os.waitstatus_to_exitcode(st) == -signal.SIGTERM)

p = subprocess.Popen(["true"])
pid, st = os.wait()
print(pid == p.pid, st)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError", e)

p = subprocess.Popen(["sh", "-c", "exit 5"])
print(p.wait())
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e)

# os.wait reports the children in the order they end.
slow = subprocess.Popen(["sh", "-c", "sleep 0.3; exit 1"])
fast = subprocess.Popen(["sh", "-c", "exit 2"])
first = os.wait()
second = os.wait()
print(first[0] == fast.pid, os.WEXITSTATUS(first[1]), second[0] == slow.pid, os.WEXITSTATUS(second[1]))

for st in [0, 3 << 8, 9, 0x137F, 0xFFFF]:
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
          os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WIFCONTINUED(st), os.WCOREDUMP(st))
for st in [0x137F, -1]:
    try:
        os.waitstatus_to_exitcode(st)
    except ValueError as e:
        print("ValueError", e)
try:
    os.sched_getaffinity(-1)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
