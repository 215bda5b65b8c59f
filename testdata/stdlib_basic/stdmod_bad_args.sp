import weakref, unicodedata, sys, gc
class C: pass
c = C()
tests = [
    lambda: weakref.ref(c)(1),
    lambda: weakref.proxy(c) + 1,
    lambda: len(weakref.proxy(c)),
    lambda: weakref.proxy(c)[0],
    lambda: iter(weakref.proxy(c)),
    lambda: weakref.WeakValueDictionary()[1],
    lambda: weakref.WeakValueDictionary({1: 2}),
    lambda: weakref.WeakKeyDictionary()[1],
    lambda: weakref.WeakKeyDictionary({1: 2}),
    lambda: weakref.WeakSet([1]),
    lambda: weakref.WeakSet().pop(),
    lambda: weakref.finalize(1, print),
    lambda: weakref.finalize(c),
    lambda: unicodedata.normalize("NFC"),
    lambda: unicodedata.name(),
    lambda: unicodedata.name("a", "b", "c"),
    lambda: unicodedata.category(""),
    lambda: sys._getframe("x"),
    lambda: sys._getframe(-1).f_code.co_name,
    lambda: sys.getsizeof(1, 2, 3),
    lambda: sys._getframe().f_nope,
    lambda: gc.collect(5),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
