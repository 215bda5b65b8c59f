# Sixteen threads import the same modules at once: each module body runs once,
# and every importer sees the module fully initialized (its last line ran),
# never a half-made module. A package with a submodule is imported the same way.
import sys

def importer(w, seen):
    import stress_slow_helper
    from stress_pkg_helper import sub
    import stress_pkg_helper.sub as sub2
    seen.append((stress_slow_helper.DONE, stress_slow_helper.LOADS, sub.VALUE, sub is sub2))

seen = []
await:
    for w in range(16):
        async: importer(w, seen)

print(len(seen), sorted(set(seen)))
import stress_slow_helper
print("body ran", stress_slow_helper.LOADS, "time(s)")
print(sys.modules["stress_pkg_helper.sub"].VALUE)

# A module whose body fails: every importer gets the error, and the failed
# module is not left in sys.modules.
errors = []
def bad_importer():
    try:
        import stress_broken_helper
    except ZeroDivisionError as e:
        errors.append(str(e))
await:
    for w in range(8):
        async: bad_importer()
print(len(errors), sorted(set(errors)), "stress_broken_helper" in sys.modules)
