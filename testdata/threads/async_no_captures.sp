# async: blocks that capture nothing (no names of the enclosing function,
# no free variables): the child thread sets up the block's frame itself.
import threading

results = []

def record(x):
    results.append(x)

def main():
    await:
        for i in range(5):
            async:
                record(threading.current_thread().name.startswith("Thread-"))
    print(results)

    # a block with a local captured by a closure of its own (a cell made
    # by the child)
    await:
        async:
            n = 41
            def inner():
                return n + 1
            record(inner())
    print(results[-1])

    # nested blocks that capture nothing, and a failure with its
    # spawn-site lines
    try:
        await:
            async:
                await:
                    async:
                        raise ValueError("from a block with no captures")
    except ValueError as e:
        print("caught:", e)

    # cancellation reaches a block that captures nothing
    await:
        async:
            try:
                await:
                    async:
                        threading.Event().wait()
                    raise KeyError("body")
            except KeyError as err:
                print("cancelled the waiter, then raised", err)

main()

await:
    async:
        raise RuntimeError("uncaught, at module level")
