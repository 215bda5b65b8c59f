# A module's body waits for a thread that imports the same module: the
# thread waits for the import to finish, the import for the thread — a
# DeadlockError that names the module (CPython hangs)
import queue
import re
import threading

threading.main_thread().outcome = queue.Queue()
try:
    import deadlock_import_mod
except DeadlockError as e:
    for line in str(e).splitlines():
        print(re.sub(r"0x[0-9a-f]+", "0x...", line))
print("importer:", threading.main_thread().outcome.get())
