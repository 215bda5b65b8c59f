# complex where other types are expected: TypeErrors and AttributeErrors
# with CPython 3.11's messages; reduce/accumulate/f-string '=' with complex.
import struct, array, statistics, itertools, operator, functools
for e in ["struct.pack('d', 1j)", "array.array('d', [1j])", "bytes(1j)", "bytearray(1j)", "list(1j)", "len(1j)", "1j.foo", "setattr(1j, 'real', 2)", "delattr(1j, 'imag')", "setattr(1j, 'foo', 1)", "setattr(1.5, 'real', 2)",
          "functools.reduce(operator.mul, [1j] * 4)", "list(itertools.accumulate([1j, 2, 3.5]))", "sorted([3j, 1j], key=lambda z: z.imag)", "min([1+1j, 1-1j], key=abs)", "operator.index(1j)", "(1j).real.hex()", "f'{1j=}'", "f'{1j + 1:>8.2f}'", "max(1j, 1)"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
