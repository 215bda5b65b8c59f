# async: in a function called with no group around it goes to the background group: the function returns at
# once, the program's end waits for the thread; a failing background thread prints "Exception in thread NAME:"
# and its traceback (with the spawn site) at once, the main thread goes on, atexit handlers run after the
# background threads were joined, and the process exits 1 at the end
import atexit, threads

go = threads.Event()
out = Mutex([])

def start_worker(n):
    async:
        go.wait()
        out.update(lambda l: l + [n * 10])
    return "returned before the thread ran"

def start_failing():
    async:
        go.wait()
        raise KeyError("from background")

print(start_worker(1), start_worker(2))
start_failing()
print("group of main:", ThreadGroup.current is not None)
go.set()
atexit.register(lambda: print("at exit, after the background threads:", sorted(out.get())))
print("main finished its code")
