# Context variables across nested spawns: each child starts with a copy of its parent's values taken at spawn time;
# a child's set() is seen by its own children but not by its parent or siblings; reset(token) works inside a child
import contextvars

user = contextvars.ContextVar("user", default="anon")
depth = contextvars.ContextVar("depth")
seen = {}

def child(tag, d):
    seen[tag + ":start"] = (user.get(), depth.get(None))
    tok = depth.set(d)
    if d < 3:
        user.set(tag)
        await:
            async: child(tag + ".a", d + 1)
            async: child(tag + ".b", d + 1)
    seen[tag + ":end"] = (user.get(), depth.get())
    depth.reset(tok)
    seen[tag + ":reset"] = depth.get("unset")

user.set("root")
await:
    async: child("x", 1)
    user.set("changed after spawn")
    async: child("y", 2)
print(user.get(), depth.get("unset in main"))
for k in sorted(seen):
    print(k, seen[k])

# spawn() and g.spawn() copy the context too; the copy is independent
v = contextvars.ContextVar("v", default=0)
v.set(1)
with ThreadGroup() as g:
    f1 = g.spawn(lambda: (v.get(), v.set(2) and v.get()))
    f2 = spawn(lambda: v.get())
print(f1.result()[0], f2.result(), v.get())
