# return, break and continue in an await: body (outside its async: blocks) leave only after the group has joined;
# a failure of the group (or its timeout) overrides them
import time
done = []
def f():
    await:
        async:
            time.sleep(0.05)
            done.append(1)
        return "returned"
print(f(), done)
def g():
    for i in range(3):
        await:
            async:
                time.sleep(0.01)
                done.append(i)
            if i == 1:
                break
            continue
    return done
print(g())
def h():
    try:
        await:
            async: time.sleep(0.02)
            return "from body"
    finally:
        done.append("finally")
print(h(), done[-1])
def gen():
    await:
        async: time.sleep(0.01)
        return
    yield
print(list(gen()))

def bad():
    time.sleep(0.02)
    raise ValueError("late failure")
def f():
    await:
        async: bad()
        return "returned"
try:
    print(f())
except ValueError as e:
    print("ValueError", e)
def g():
    for i in range(3):
        await:
            async: bad()
            break
    return "after loop"
try:
    print(g())
except ValueError as e:
    print("ValueError", e)
def h():
    with ThreadGroup(timeout=0.01):
        async: time.sleep(1)
        return "returned"
try:
    print(h())
except TimeoutError:
    print("TimeoutError")

