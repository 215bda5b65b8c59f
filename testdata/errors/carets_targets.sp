# Assignment and deletion targets that fail are marked (3.11): the
# subscript or attribute being stored or deleted, the name being deleted,
# an augmented assignment's item, a slice copy's source.
import traceback


class Empty:
    pass


def del_item():
    d = {}
    del d["k"]


def del_attr():
    e = Empty()
    del e.missing


def del_name():
    del unbound_here


def store_slice():
    n = 5
    n[0:1] = [1]


def copy_slice():
    lst = [1, 2, 3]
    out = [0]
    out[0:1] = lst[0:"x"]


def aug_item():
    counts = {}
    counts["a"] += 1


def aug_attr():
    e = Empty()
    e.total += 1


for fn in [del_item, del_attr, del_name, store_slice, copy_slice, aug_item, aug_attr]:
    try:
        fn()
    except Exception:
        traceback.print_exc()
