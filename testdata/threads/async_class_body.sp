# await:/async: in a class body: the block captures the class namespace's names by value at spawn
# time (like the module's names at top level), then globals and builtins as usual
import threads

PREFIX = "item"

class Catalog:
    items = Mutex([])
    await:
        for k in range(3):
            async:
                with items.lock() as got:
                    got.append(f"{PREFIX}-{k}")
    names = sorted(items.get())

print(Catalog.names)
