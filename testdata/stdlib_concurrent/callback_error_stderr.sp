# A done-callback that raises, with logging neither imported nor configured: logging's last resort prints the message and the traceback to stderr; a logger.exception() call does the same
import re, subprocess, sys

child = '''
from concurrent.futures import Future
def bad(fut):
    raise ValueError("callback failed: %d" % fut.result())
f = Future()
f.add_done_callback(bad)
f.add_done_callback(lambda fut: print("second callback ran", flush=True))
f.set_result(7)
import logging  # only now: the callback's report did not need it
try:
    {}["k"]
except KeyError:
    logging.getLogger("app").exception("handled %s", "here")
logging.getLogger("app").info("not shown")
logging.getLogger("app").warning("shown")
print("end")
'''
r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end="")
err = re.sub(r"0x[0-9a-fA-F]+", "ADDR", r.stderr)
skip = False
for line in err.splitlines():
    if line.startswith('  File "/'):  # a frame of CPython's own library
        skip = True
        continue
    if not skip and not re.match(r"^\s*[\^~]+\s*$", line):
        print(line)
    skip = False
