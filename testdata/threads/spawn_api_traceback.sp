# An uncaught failure in a thread started with the explicit API (g.spawn inside a function spawned with
# spawn()): the traceback shows the thread's frames, then each spawn site up the chain of parents
from functools import partial

def parse(text):
    return int(text)

def worker(items):
    with ThreadGroup(name="parsers") as g:
        futures = [g.spawn(parse, t, name="parse-" + t) for t in items]
    return [f.result() for f in futures]

def main():
    with ThreadGroup() as outer:
        f = outer.spawn(partial(worker, ["1", "x"]))
    print("never", f.result())

main()
