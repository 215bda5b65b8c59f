# reversed(tuple): its own iterator of class reversed (or a subclass).
t = (1, 2, 3)
r = reversed(t)
print(type(r).__name__, next(r), list(r), list(r))
print(list(reversed(())), [x for x in reversed((5,))])
class R(reversed): pass
print(type(R((1,2))).__name__, list(R((1,2))))
print(iter(r) is r)
def run(*fs):
    out = []
    for f in reversed(fs):
        out.append(f)
    return out
print(run(1, 2, 3), run())
