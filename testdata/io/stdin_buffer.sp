# sys.stdin.buffer (read, read1, readline, readlines, iteration),
# sys.stdin.readlines and iteration over sys.stdin, and
# sys.stdout.buffer writes ordered with text writes by flush(); each in a child
# reading a pipe.
import subprocess
import sys

CHILDREN = [
    """
import sys
b = sys.stdin.buffer
print(b.readline())
print(b.read1(3))
print(b.read(4))
print(b.readlines())
print(b.read(), b.readline(), sys.stdin.read())
""",
    """
import sys
n = 0
for line in sys.stdin.buffer:
    n += 1
    print(repr(line))
print(n)
""",
    """
import sys
for line in sys.stdin:
    print(line.rstrip().upper())
""",
    """
import sys
print(sys.stdin.readlines())
""",
    """
import sys
sys.stdout.write("text1\\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes1\\n")
sys.stdout.buffer.flush()
print("text2")
sys.stdout.flush()
n = sys.stdout.buffer.write(bytearray(b"bytes2\\n"))
sys.stdout.buffer.flush()
print("text3", n)
print(sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.buffer.name)
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.fileno() == 1)
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdin.buffer.write(b"x")
except OSError as e:
    print(type(e).__name__)
""",
]

for code in CHILDREN:
    r = subprocess.run([sys.executable, "-c", code], input=b"line1\nabcdefgh\nl3\nl4\nlast",
                       capture_output=True)
    print(r.returncode, r.stderr)
    print(r.stdout.decode(), end="")
    print("--")
