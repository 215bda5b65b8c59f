# imported by deadlock_import.sp: starts a thread that imports this
# module, then waits for it
import threading

done = threading.Event()


def importer():
    outcome = threading.main_thread().outcome  # a queue.Queue from the test
    try:
        import deadlock_import_mod
    except DeadlockError:
        outcome.put("the import failed with DeadlockError")
    done.set()


threading.Thread(target=importer, name="importer").start()
done.wait()
