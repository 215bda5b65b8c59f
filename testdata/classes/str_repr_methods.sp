# __str__ and __repr__ are used by print, str, repr, f-strings and containers.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __str__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'
m = Money(1234)
print(m, str(m), repr(m), [m], {'k': m}, (m,))
print(f'{m} {m!r} {m!s}', '%s %r' % (m, m), '{} {!r}'.format(m, m))
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()))
class Fmt:
    def __format__(self, spec):
        return 'formatted with ' + repr(spec)
print(f'{Fmt():>10}', format(Fmt()), '{:xyz}'.format(Fmt()))
