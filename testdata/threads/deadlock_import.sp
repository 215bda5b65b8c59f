# A module's body waits for a thread that imports the same module: the
# thread waits for the import to finish, the import for the thread — a
# DeadlockError that names the module (CPython hangs)
import re
import threading

try:
    import deadlock_import_mod
except DeadlockError as e:
    for line in str(e).splitlines():
        print(re.sub(r"0x[0-9a-f]+", "0x...", line))
for t in threading.enumerate():
    if t.name == "importer":
        t.join()
        print("importer:", t.outcome)
