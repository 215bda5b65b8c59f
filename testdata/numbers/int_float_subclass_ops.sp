# Mixed arithmetic with int/float subclass operands: a subclass overriding the reflected method of the left operand's type goes first (its NotImplemented falls back to the left operator); otherwise the left operator takes the subclass's number (float + int subclass), and int never takes a float subclass.
class IntR(int):
    def __radd__(self, o): return 'IntR.radd'
    def __rsub__(self, o): return 'IntR.rsub'
class FloatR(float):
    def __radd__(self, o): return 'FloatR.radd'
    def __rmul__(self, o): return NotImplemented
class IntPlain(int): pass
class FloatPlain(float): pass
class BoolLike(int):
    def __rmul__(self, o): return 'BoolLike.rmul'
for left in [1, 1.5, True, 2**70]:
    row = []
    for right in [IntR(2), FloatR(2.0), IntPlain(2), FloatPlain(2.0), BoolLike(3)]:
        for op in ['+', '-', '*', '/', '//', '%', '**']:
            try:
                r = eval(f'left {op} right')
                row.append(f'{op}{r!r}' if isinstance(r, str) else f'{op}{type(r).__name__}:{r}')
            except Exception as e:
                row.append(f'{op}{type(e).__name__}')
    print(repr(left), ' '.join(row))
print(pow(2, IntPlain(3)), 1.5 < IntR(2), 1 == IntPlain(1), hash(IntPlain(5)) == 5)
