# TimeoutExpired from communicate(timeout=) and run(timeout=) carries the output read
# so far (bytes even in text mode, None for a pipe nothing came from); a later
# communicate() returns everything; run() kills the child.
import subprocess, os, tempfile, time
flag = os.path.join(tempfile.mkdtemp(), "flag")

def wait_flag():
    while not os.path.exists(flag):
        time.sleep(0.01)
    os.remove(flag)

p = subprocess.Popen(["sh", "-c", "echo out; printf 'err\\r\\nno newline' >&2; touch %s; sleep 5; echo late" % flag],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
wait_flag()
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, repr(e.output), repr(e.stdout), repr(e.stderr))
p.kill()
print(p.communicate(), p.returncode)

p = subprocess.Popen(["sh", "-c", "touch %s; sleep 5" % flag], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wait_flag()
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("nothing yet:", e.output, e.stderr)
p.kill()
print(p.communicate(), p.returncode)

p = subprocess.Popen(["sh", "-c", "echo only stdout; touch %s; sleep 5" % flag], stdout=subprocess.PIPE)
wait_flag()
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("no stderr pipe:", e.output, e.stderr)
p.kill()
p.wait()

try:
    subprocess.run(["sh", "-c", "echo ran; sleep 5"], capture_output=True, timeout=1.5)
except subprocess.TimeoutExpired as e:
    print("run:", e.stdout, e.stderr, str(e))
try:
    subprocess.check_output(["sh", "-c", "echo checked; sleep 5"], timeout=1.5, text=True)
except subprocess.TimeoutExpired as e:
    print("check_output:", e.output, str(e))
