# Assigning or deleting attributes of built-in values: CPython's read-only / not writable / missing messages.
for obj, name in [(1, "real"), ("s", "upper"), ([], "append"), (1, "zzz"), ({}, "keys"), (1.5, "imag"), (len, "__name__"), ((1,), "count")]:
    for op in ("set", "del"):
        try:
            if op == "set": setattr(obj, name, 1)
            else: delattr(obj, name)
        except AttributeError as e:
            print(op, name, e)
