# A ThreadGroup subclass whose __exit__ raises (or returns) without calling
# ThreadGroup.__exit__, or whose __enter__ raises after opening the group,
# does not leave the group open on the thread: the with statement ends the
# group as ThreadGroup.__exit__ would (an exception cancels its threads;
# they are joined) and later spawns go to the enclosing group again.
import time

class Raising(ThreadGroup):
    def __exit__(self, *exc):
        raise ValueError("exit failed")

class Forgetful(ThreadGroup):
    def __exit__(self, *exc):
        return False

class BadEnter(ThreadGroup):
    def __enter__(self):
        super().__enter__()
        raise KeyError("enter failed")

def where():
    return ThreadGroup.current.name

with ThreadGroup(name="outer"):
    try:
        with Raising(name="raising") as g:
            slow = g.spawn(time.sleep, 30)
            print("inside", where())
    except ValueError as e:
        print("caught", e, where(), type(slow.exception()).__name__)
    print("spawn goes to", spawn(where).result())

    with Forgetful(name="forgetful") as g:
        quick = g.spawn(lambda: time.sleep(0.01) or "joined")
    print(quick.done(), quick.result(), where())

    try:
        with Forgetful(name="forgetful2") as g:
            slow = g.spawn(time.sleep, 30)
            raise OSError("body failed")
    except OSError as e:
        print("caught", e, where(), type(slow.exception()).__name__)

    try:
        b = BadEnter(name="badenter")
        with b:
            print("not reached")
    except KeyError as e:
        print("caught", e, where())

    try:
        b.spawn(print, "not run")
    except RuntimeError as e:
        print("RuntimeError", e)
print(where())
