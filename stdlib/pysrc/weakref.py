"""Weak references.

Spindle's weakref: ref, proxy, getweakrefcount and getweakrefs come from
the Go module _weakref; this file adds WeakValueDictionary,
WeakKeyDictionary, WeakSet, WeakMethod and finalize, after CPython's
weakref.py. Each container holds its entries behind its own RLock, so it
is safe to share between threads (LANGUAGE.md 2.6): every operation is
atomic and iteration walks a snapshot.

A referent is found dead by a garbage collection, not by a reference
count: callbacks (and so the removal of dead entries) run at
gc.collect() and when a thread next makes a weak reference; until then a
dead entry is already invisible (lookups, iteration) but still counted by
len() only if no collection has noticed it yet.
"""
import itertools
import sys
from collections.abc import MutableMapping, MutableSet
from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType,
                      ProxyType, CallableProxyType, _run_callbacks)
from threading import RLock

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

ProxyTypes = (ProxyType, CallableProxyType)


class WeakMethod:
    """A weak reference to a bound method: it dies with its object or
    with its function. Calling it gives a new bound method, or None."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        selfref = ref(self)

        def _cb(arg):
            self = selfref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self.__callback__ = callback

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return self._obj_ref != other._obj_ref or self._func_ref != other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class _WeakMapping(MutableMapping):
    """What WeakValueDictionary and WeakKeyDictionary share: each keeps
    self.data under self._lock and yields its live pairs from _live_items."""

    def __len__(self):
        _run_callbacks()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def items(self):
        yield from self._live_items()

    def keys(self):
        for k, _ in self._live_items():
            yield k

    __iter__ = keys

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakValueDictionary(_WeakMapping):
    """Mapping class that references values weakly: an entry goes away
    when its value is collected."""

    def __init__(self, other=(), /, **kw):
        self._lock = RLock()
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        return ref(value, lambda wr: self._remove(key, wr))

    def _remove(self, key, wr):
        with self._lock:
            if self.data.get(key) is wr:
                del self.data[key]

    def _live_items(self):
        with self._lock:
            pairs = list(self.data.items())
        for k, wr in pairs:
            o = wr()
            if o is not None:
                yield k, o

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        with self._lock:
            del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __setitem__(self, key, value):
        r = self._ref(key, value)
        with self._lock:
            self.data[key] = r

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self._live_items():
            new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, o in self._live_items():
            new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def values(self):
        for _, o in self._live_items():
            yield o

    def itervaluerefs(self):
        with self._lock:
            refs = list(self.data.values())
        yield from refs

    def valuerefs(self):
        with self._lock:
            return list(self.data.values())

    def popitem(self):
        with self._lock:
            while True:
                key, wr = self.data.popitem()
                o = wr()
                if o is not None:
                    return key, o

    def pop(self, key, *args):
        with self._lock:
            try:
                o = self.data.pop(key)()
            except KeyError:
                o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        with self._lock:
            try:
                o = self.data[key]()
            except KeyError:
                o = None
            if o is None:
                self.data[key] = self._ref(key, default)
                return default
            return o

    def update(self, other=None, /, **kwargs):
        if other is None:
            other = {}
        if not hasattr(other, "items"):
            other = dict(other)
        with self._lock:
            for key, o in other.items():
                self.data[key] = self._ref(key, o)
            for key, o in kwargs.items():
                self.data[key] = self._ref(key, o)


class WeakKeyDictionary(_WeakMapping):
    """Mapping class that references keys weakly: an entry goes away when
    its key is collected. Keys are compared by equality, as in a dict."""

    def __init__(self, dict=None):
        self._lock = RLock()
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _remove(self, wr):
        with self._lock:
            self.data.pop(wr, None)

    def _live_items(self):
        with self._lock:
            pairs = list(self.data.items())
        for wr, value in pairs:
            k = wr()
            if k is not None:
                yield k, value

    def __delitem__(self, key):
        with self._lock:
            del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        r = ref(key, self._remove)
        with self._lock:
            self.data[r] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self._live_items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def values(self):
        for _, value in self._live_items():
            yield value

    def keyrefs(self):
        with self._lock:
            return list(self.data)

    def popitem(self):
        with self._lock:
            while True:
                wr, value = self.data.popitem()
                o = wr()
                if o is not None:
                    return o, value

    def pop(self, key, *args):
        with self._lock:
            return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        with self._lock:
            return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        with self._lock:
            if dict is not None:
                if not hasattr(dict, "items"):
                    dict = type({})(dict)
                for key, value in dict.items():
                    self.data[ref(key, self._remove)] = value
            if len(kwargs):
                self.update(kwargs)


class WeakSet(MutableSet):
    """A set that references its items weakly: an item goes away when it
    is collected."""

    def __init__(self, data=None):
        self._lock = RLock()
        self.data = set()
        if data is not None:
            self.update(data)

    def _remove(self, wr):
        with self._lock:
            self.data.discard(wr)

    def __iter__(self):
        with self._lock:
            refs = list(self.data)
        for wr in refs:
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        _run_callbacks()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, list(self))

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, "__dict__", None))

    def add(self, item):
        r = ref(item, self._remove)
        with self._lock:
            self.data.add(r)

    def clear(self):
        with self._lock:
            self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        with self._lock:
            while True:
                try:
                    itemref = self.data.pop()
                except KeyError:
                    raise KeyError("pop from empty WeakSet") from None
                item = itemref()
                if item is not None:
                    return item

    def remove(self, item):
        with self._lock:
            self.data.remove(ref(item))

    def discard(self, item):
        with self._lock:
            self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        with self._lock:
            if self is other:
                self.data.clear()
            else:
                self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        with self._lock:
            self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        with self._lock:
            if self is other:
                self.data.clear()
            else:
                self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # Live finalizers marked for exit, oldest first.
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        # At exit, run the finalizers whose atexit is true, newest first.
        try:
            pending = None
            while True:
                if pending is None or finalize._dirty:
                    pending = cls._select_for_exit()
                    finalize._dirty = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
