# threading.excepthook: custom hook receives ExceptHookArgs; default restored
import threading

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))

old = threading.excepthook
threading.excepthook = hook
def boom(msg):
    raise ValueError(msg)
t = threading.Thread(target=boom, args=("bad",), name="boomer")
t.start(); t.join()
print(seen)
def exits():
    raise SystemExit(3)
t = threading.Thread(target=exits)
t.start(); t.join()
print("SystemExit ignored:", len(seen))
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)
class Hooked(Exception):
    pass
def hook2(args):
    print("hook2:", args.exc_type.__name__, args.exc_value, args.thread is t2)
threading.excepthook = hook2
t2 = threading.Thread(target=lambda: (_ for _ in ()).throw(Hooked("x")))
t2.start(); t2.join()
threading.excepthook = old
