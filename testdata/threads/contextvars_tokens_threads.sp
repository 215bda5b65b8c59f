# context variables and threads: a child starts with a copy of its parent's context (a context of its own), so a
# token made in the parent cannot be reset in the child and vice versa; inside Context.run the same holds
import contextvars

v = contextvars.ContextVar("v", default="default")

def different(e):
    return type(e).__name__ + (": created in a different Context" if str(e).endswith("was created in a different Context") else ": " + str(e))

tok = v.set("parent")

def child():
    seen = v.get()
    try:
        v.reset(tok)
        outcome = "reset parent token"
    except ValueError as e:
        outcome = different(e)
    own = v.set("child")
    v.reset(own)          # its own token works
    return seen, outcome, v.get(), v.set("child again")

seen, outcome, after, child_tok = spawn(child).result()
print(seen, "|", outcome, "|", after)
print("parent still sees", v.get())
try:
    v.reset(child_tok)
except ValueError as e:
    print("parent:", different(e))
v.reset(tok)
print("parent reset its own token:", v.get())

# async: blocks too
tok = v.set("before await")
out = {}
await:
    async:
        out["a"] = v.get()
        try:
            v.reset(tok)
        except ValueError as err:
            out["b"] = different(err)
        v.set("inside async")
        out["c"] = v.get()
print(sorted(out.items()), v.get())

# a thread spawned inside Context.run has a context of its own too
ctx = contextvars.copy_context()
def in_run():
    t = v.set("in run")
    f = spawn(lambda: (v.get(), different_or_ok(lambda: v.reset(t))))
    r = f.result()
    v.reset(t)
    return r, v.get()
def different_or_ok(fn):
    try:
        fn()
        return "ok"
    except ValueError as e:
        return different(e)
print(ctx.run(in_run))
