# The main thread catches a DeadlockError and goes on to its end while
# the deadlocked threads still wait (here: on each other's join). The
# join of the background group at exit finds them deadlocked again: they
# are cancelled and that is reported once, as such, and the exit status
# is 1.
import threading

both = threading.Barrier(2)


def wait_for_second():
    both.wait()
    y.join()


def wait_for_first():
    both.wait()
    x.join()


x = threading.Thread(target=wait_for_second, name="first")
y = threading.Thread(target=wait_for_first, name="second")
x.start()
y.start()
try:
    x.join()
except DeadlockError as e:
    print("caught", type(e).__name__)
    for line in str(e).splitlines()[1:]:
        print(line)
print("main done")
