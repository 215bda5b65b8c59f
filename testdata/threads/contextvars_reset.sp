# contextvars tokens remember their Context (copy_context(), Context.run); reset() checks used, variable, context in
# that order; ContextVar.get takes no keywords; the types cannot be subclassed
import contextvars
v = contextvars.ContextVar("v", default=0)
ctx = contextvars.copy_context()
toks = []
def setter(x):
    toks.append(v.set(x))
    return v.get()
print(ctx.run(setter, 1))
try:
    v.reset(toks[0])
except ValueError as e:
    print("outside run:", str(e).endswith("was created in a different Context"))
def resetter():
    v.reset(toks[0])
    return v.get()
print(ctx.run(resetter))
try:
    ctx.run(resetter)
except RuntimeError as e:
    print("used:", str(e).endswith("has already been used once"))
t = v.set(5)
ctx2 = contextvars.copy_context()
try:
    ctx2.run(v.reset, t)
except ValueError as e:
    print("copy is another context:", str(e).endswith("was created in a different Context"))
v.reset(t)
print(v.get())
# nested runs
def outer():
    t1 = v.set(10)
    def inner():
        try:
            v.reset(t1)
        except ValueError:
            print("inner run: different")
        t2 = v.set(20)
        return t2
    t2 = contextvars.copy_context().run(inner)
    print(v.get())
    try:
        v.reset(t2)
    except ValueError:
        print("back in outer: different")
    v.reset(t1)
    return v.get()
print(ctx.run(outer))
w = contextvars.ContextVar("w")
t = w.set(1)
try:
    v.reset(t)
except ValueError as e:
    print("by a different ContextVar" in str(e))
w.reset(t)
try:
    v.reset(t)
except RuntimeError as e:
    print("used first:", "already been used" in str(e))
for bad in ["x", 5, None]:
    try:
        v.reset(bad)
    except TypeError as e:
        print(e)
try:
    v.get(default=1)
except TypeError as e:
    print(e)
for base in (contextvars.ContextVar, contextvars.Token, contextvars.Context):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
