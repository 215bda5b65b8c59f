# A threading.excepthook that raises is reported as "Exception in threading.excepthook:" with the
# hook's own traceback (CPython's header; Spindle then exits 1, LANGUAGE.md 2.7); with
# threading.excepthook set to None, Thread() itself raises RuntimeError
import threading

def hook(args):
    raise RuntimeError(f"hook broke on {args.exc_type.__name__} in {args.thread.name}")

threading.excepthook = hook

def work():
    raise ValueError("original")

t = threading.Thread(target=work, name="H")
t.start()
t.join()
print("main goes on, alive:", t.is_alive())

threading.excepthook = None
try:
    threading.Thread(target=work)
except RuntimeError as e:
    print("RuntimeError:", e)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=print, args=("restored",))
t.start(); t.join()
