# async: blocks that capture exactly one name of the enclosing function
# and have no free variables: the child sets up the block's frame with
# the value captured at spawn time.
import time

results = []

def loop_counter():
    await:
        for i in range(5):
            async:
                results.append(i * i)
    print(sorted(results))

def snapshot():
    x = "old"
    await:
        async:
            time.sleep(0.05)
            results.append(x)
        x = "new"
    print(results[-1], x)

def number_boxes():
    t = 0.5
    n = 0
    for k in range(3):
        t += 1.0
    await:
        async:
            time.sleep(0.05)
            results.append(t)
        t += 1.0
    for k in range(3):
        n += k
    await:
        async:
            time.sleep(0.05)
            results.append(n)
        n += 100
    print(results[-2], t, results[-1], n)

def captured_by_a_closure():
    n = 20
    await:
        async:
            def add(k):
                return n + k
            results.append(add(1))
    print(results[-1])

def unbound():
    try:
        await:
            async:
                print(z)
        z = 1
    except NameError as e:
        print(type(e).__name__, e)

loop_counter()
snapshot()
number_boxes()
captured_by_a_closure()
unbound()

def fails(name):
    await:
        async:
            raise ValueError(name)

fails("uncaught")
