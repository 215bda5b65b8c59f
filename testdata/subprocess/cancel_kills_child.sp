# Spindle: cancelling a thread that waits on a child kills the child's whole process group
# (a timeout() around run(), and a failing sibling in an await: block).
import subprocess, time, os, tempfile
os.chdir(tempfile.mkdtemp())
t0 = time.monotonic()
try:
    with timeout(0.3):
        subprocess.run(["sh", "-c", "sleep 30 & echo $! > child_fixture.pid; wait"])
except TimeoutError:
    print("timed out")
time.sleep(0.2)
pid = int(open("child_fixture.pid").read())
try:
    st = open("/proc/%d/stat" % pid).read().split()[2]
    print("orphan alive!" if st != "Z" else "no orphan")
except FileNotFoundError:
    print("no orphan")
try:
    await:
        async:
            subprocess.run(["sleep", "30"])
        async:
            time.sleep(0.1)
            raise RuntimeError("sibling failed")
except RuntimeError as e:
    print("caught", e)
print(time.monotonic() - t0 < 3)
