# with statement: __enter__/__exit__, exception suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('outer') as o, CM('inner') as i:
    print('body', o, i)
with CM('swallow', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('propagate'):
        raise KeyError('k')
except KeyError as e:
    print('caught', e)
def early():
    with CM('ret'):
        return 'returned'
print(early())
for n in range(2):
    with CM('loop%d' % n):
        if n == 0:
            continue
        break
with CM('noas'):
    pass
