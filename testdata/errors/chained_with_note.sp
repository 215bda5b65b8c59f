def g():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e

def h():
    try:
        g()
    except ValueError:
        x = {}
        x["k"]

print("before")
try:
    h()
except KeyError as e:
    e.add_note("note one")
    raise
