# A Thread subclass whose __init__ forgets Thread.__init__: each property and method fails as in
# CPython (AssertionError or RuntimeError, "Thread.__init__() not called")
import threading

class Forgetful(threading.Thread):
    def __init__(self, n):
        self.n = n

f = Forgetful(1)
print(f.n)
def attempt(title, fn):
    try:
        r = fn()
        print(title, "->", r)
    except Exception as e:
        print(title, "->", type(e).__name__, e)

attempt("repr", lambda: repr(f))
attempt("name", lambda: f.name)
attempt("ident", lambda: f.ident)
attempt("native_id", lambda: f.native_id)
attempt("daemon", lambda: f.daemon)
attempt("is_alive", f.is_alive)
attempt("start", f.start)
attempt("join", f.join)
attempt("run", f.run)
def set_name(): f.name = "x"
def set_daemon(): f.daemon = True
attempt("set name", set_name)
attempt("set daemon", set_daemon)

class Fixed(Forgetful):
    def __init__(self, n):
        super().__init__(n)
        threading.Thread.__init__(self, name=f"fixed-{n}")
    def run(self):
        print("running", self.name, self.n)
t = Fixed(2)
t.start(); t.join()
print(t.is_alive(), repr(t).split(",")[0])
