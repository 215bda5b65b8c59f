# imported by deadlock_import.sp: starts a thread that imports this
# module, then waits for it
import threading

done = threading.Event()


def importer():
    me = threading.current_thread()
    try:
        import deadlock_import_mod
    except DeadlockError:
        me.outcome = "the import failed with DeadlockError"
    done.set()


threading.Thread(target=importer, name="importer").start()
done.wait()
