# A thread joins the main thread while main joins it: DeadlockError in
# main (CPython hangs), the report says who joins whom; once main's code
# has ended (CPython stops the main thread's Thread before joining the
# others), the thread's join of main returns and the program exits 0
import threading


def wait_for_main():
    threading.main_thread().join(0.01)
    print("main alive:", threading.main_thread().is_alive())
    threading.main_thread().join()
    print("main has ended")


t = threading.Thread(target=wait_for_main, name="waiter")
t.start()
try:
    t.join()
except DeadlockError as e:
    print(type(e).__name__)
    for line in str(e).splitlines():
        print(line)
print("main done")
