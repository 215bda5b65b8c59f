# threading.excepthook replaced by the program gets ExceptHookArgs; __excepthook__ is the default
import threading

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook

def f():
    raise ValueError("x1")

t = threading.Thread(target=f, name="w")
t.start(); t.join()
print(seen)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
