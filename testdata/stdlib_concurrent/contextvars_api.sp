# contextvars API: Token attributes and repr, reset twice, Context run/get/keys/len, name must be a str
import contextvars
import re
var = contextvars.ContextVar("var", default=1)
print(var.name, var.get())
t = var.set(2)
print(type(t).__name__, t.var is var, t.old_value is contextvars.Token.MISSING)
t2 = var.set(3)
print(t2.old_value)
var.reset(t2)
print(var.get())
try:
    var.reset(t2)
except RuntimeError as e:
    print("RuntimeError:", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))
var.reset(t)
print(var.get())
ctx = contextvars.copy_context()
print(var in ctx, len(ctx) >= 0)
def inner(x):
    var.set(x)
    return var.get()
print(ctx.run(inner, 99), var.get(), ctx[var], ctx.get(var))
other = contextvars.ContextVar("other")
print(ctx.get(other, "dflt"), other in ctx)
try:
    ctx[other]
except KeyError as e:
    print("KeyError")
c2 = contextvars.Context()
print(len(c2), list(c2.keys()))
print(sorted(k.name for k in ctx.keys()))
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print("TypeError:", e)
