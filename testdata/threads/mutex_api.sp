# Mutex(value): get/set/update, lock() binds the value while held and releases it on an exception;
# update's function failing leaves the value unchanged; the lock is not reentrant: a second lock() in the same
# thread raises RuntimeError at once (it could never be granted), get/set/update by the holder do not wait
import threads

m = Mutex([1, 2])
print(m.get(), m.set([3]), m.get())
print(m.update(lambda v: v + [4]), m.get())
with m.lock() as v:
    v.append(5)
print(m.get())
try:
    with m.lock() as v:
        v.append(6)
        raise KeyError("inside")
except KeyError:
    pass
print(m.get())  # the mutation made before the error stays, and the lock is free again
try:
    m.update(lambda v: v[10])
except IndexError as e:
    print("IndexError:", e, m.get())
print(Mutex().get(), Mutex(None).get())

# counters from many threads: update is atomic, lock() makes compound steps atomic
total = Mutex(0)
words = Mutex({})
await:
    for i in range(8):
        async:
            for j in range(500):
                total.update(lambda n: n + 1)
                with words.lock() as w:
                    k = "w%d" % (j % 5)
                    w[k] = w.get(k, 0) + 1
print(total.get(), sorted(words.get().items()))

# lock() twice in the same thread fails; get/set/update by the holder work directly
try:
    with m.lock():
        with m.lock():
            print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
with m.lock() as v:
    m.set(v + [7])
    print("holder:", m.get(), m.update(len), m.get(), v)
m.set([0])
print("free after:", m.get())
try:
    m.update(5)
except TypeError as e:
    print("TypeError:", e)
