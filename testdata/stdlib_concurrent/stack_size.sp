# threading.stack_size([size]) checks and remembers the size and returns the previous one; no size means 0 (CPython)
import threading
for s in [100, 32768, 0, -1, 1 << 20]:
    try:
        print(s, threading.stack_size(s))
    except ValueError as e:
        print(s, "ValueError:", e)
for bad in [("x",), (1, 2)]:
    try:
        threading.stack_size(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    threading.stack_size(size=5)
except TypeError as e:
    print("TypeError:", e)
print(threading.stack_size())
print(threading.stack_size(0), threading.stack_size())
