# Context.run refuses a context that is already entered (nested, or by another thread);
# ContextVar's positional-only name; the _contextvars module name of the types
import contextvars, re, threading

def show(e):
    print(type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x...", str(e)))

v = contextvars.ContextVar("v", default=0)
ctx = contextvars.copy_context()

def nested():
    v.set(1)
    try:
        ctx.run(v.get)
    except RuntimeError as e:
        show(e)
    return v.get()

print(ctx.run(nested), v.get(), ctx[v])
print(ctx.run(v.get))

entered = threading.Event()
leave = threading.Event()
def hold():
    entered.set()
    leave.wait()
t = threading.Thread(target=ctx.run, args=(hold,))
t.start()
entered.wait()
try:
    ctx.run(print, "not run")
except RuntimeError as e:
    show(e)
leave.set()
t.join()
print(ctx.run(v.get))

for args, kwargs in [((), {}), (("a", "b"), {}), ((), {"name": "x"}), ((1,), {})]:
    try:
        contextvars.ContextVar(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(contextvars.ContextVar("d", default=5).get())
print(contextvars.Context, contextvars.ContextVar, contextvars.Token)
print(re.sub(r"0x[0-9a-f]+", "0x...", repr(contextvars.Context())))
