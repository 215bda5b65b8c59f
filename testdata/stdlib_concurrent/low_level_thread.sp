# the _thread module: start_new_thread, allocate_lock, get_ident, error, interrupt_main
import _thread
import threading
import time

lock = _thread.allocate_lock()
print(type(lock), isinstance(lock, _thread.LockType), _thread.error is RuntimeError)
done = _thread.allocate_lock()
done.acquire()
results = []
def worker(a, b, c=0):
    results.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
done.acquire()
print(results, isinstance(ident, int))
try:
    _thread.start_new_thread(worker, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print("TypeError:", e)
def quits():
    _thread.exit()
_thread.start_new_thread(quits, ())
try:
    _thread.interrupt_main()
    time.sleep(1)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main")
def interrupter():
    time.sleep(0.02)
    _thread.interrupt_main()
_thread.start_new_thread(interrupter, ())
try:
    threading.Event().wait(5)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in wait")
r = _thread.RLock()
print(r.acquire(), r.acquire())
print(_thread.TIMEOUT_MAX > 0, _thread.stack_size())
