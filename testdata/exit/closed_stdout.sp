# Writing to a closed sys.stdout raises ValueError.
import sys

sys.stderr.write("start\n")
out = sys.stdout
sys.stdout.close()
print(out.closed, file=sys.stderr)
try:
    sys.stdout.write("x")
except ValueError as e:
    print("write:", e, file=sys.stderr)
try:
    sys.stdout.flush()
    print("flush: ok", file=sys.stderr)
except ValueError as e:
    print("flush:", e, file=sys.stderr)
print(1)
