# subprocess.run/check_output/Popen: capture, input, shell, cwd, env, check, timeout, errors.
# (TimeoutExpired shows the timeout as given, 0.5, where CPython 3.11 shows the remaining time it computed)
import subprocess, sys
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r)
print(r.stdout, r.returncode)
r = subprocess.run("echo $((1+2)); echo err >&2", shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(["cat"], input="abc\n", capture_output=True, text=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(["true"], stdout=subprocess.DEVNULL)
print(r)
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd)
try:
    subprocess.run(["sleep", "10"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.timeout)
try:
    subprocess.run(["nonexistent_cmd_xyz"])
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.check_output(["sh", "-c", "exit 3"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(["echo", "x"]))
print(subprocess.check_output("pwd", shell=True, cwd="/tmp", text=True))
print(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar"}, capture_output=True, text=True).stdout)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"via popen")
print(out, err, p.returncode)
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(["sh", "-c", "echo a; echo b"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print("line", repr(line))
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
    p.kill()
    print(p.wait())
print(subprocess.call(["sh", "-c", "exit 4"]))
print(subprocess.getoutput("echo hello"), subprocess.getstatusoutput("exit 2"))
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
