# an uncaught CalledProcessError: the traceback names subprocess.CalledProcessError
# (expectation by hand: CPython also shows a frame inside subprocess.py, built-in modules have none here)
import subprocess
print("before")
subprocess.run(["false"], check=True)
