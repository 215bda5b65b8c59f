# a child starts with a copy of its parent's context variables
import contextvars
var = contextvars.ContextVar("var", default="default")
var.set("parent")
seen = [None, None]
await:
    async:
        seen[0] = var.get()
        var.set("child value")
        seen[1] = var.get()
print(seen)
print(var.get())
tok = var.set("x")
var.reset(tok)
print(var.get())
