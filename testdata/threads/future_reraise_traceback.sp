# a thread's exception taken again from its Future after the group re-raised it (and it was caught) gets the new
# frames in front of the ones it has: the caller's, then the thread's own frames and spawn site
def work(n):
    raise ValueError(n)

def get(f):
    return f.result()

try:
    with ThreadGroup() as g:
        f = g.spawn(work, 1)
except ValueError:
    pass
get(f)
