# Regenerates testdata/cpython_str.jsonl from CPython 3.11: python3 gen_str.py
# (run with the python3 the golden tests use; the Go tests never need python3).
import json
def gostr(s):
    out = '"'
    for ch in s:
        o = ord(ch)
        if ch == '"': out += '\\"'
        elif ch == '\\': out += '\\\\'
        elif 0x20 <= o < 0x7f: out += ch
        elif o < 0x10000 and not (0xd800 <= o < 0xe000): out += '\\u%04x' % o
        else: out += '\\U%08x' % o
    return out + '"'
def gobytes(b):
    return '"' + ''.join('\\x%02x' % c for c in b) + '"'
def goval(x):
    return enc(x)
def enc(x):
    if x is None: return ['n']
    if x is True: return ['T']
    if x is False: return ['F']
    if isinstance(x, type): return ['ty', TYPES_N[x]]
    if isinstance(x, int): return ['i', str(x)]
    if isinstance(x, float): return ['f', repr(x)]
    if isinstance(x, str): return ['s', x]
    if isinstance(x, bytes): return ['b', x.hex()]
    if isinstance(x, tuple): return ['t', [enc(i) for i in x]]
    if isinstance(x, list): return ['l', [enc(i) for i in x]]
    if isinstance(x, dict): return ['d', [[enc(k), enc(v)] for k, v in x.items()]]
    if isinstance(x, slice): return ['sl', enc(x.start), enc(x.stop), enc(x.step)]
    raise TypeError(x)
def goval_old(x):
    if x is None: return 'None'
    if x is True: return 'True'
    if x is False: return 'False'
    if isinstance(x, int):
        if -2**63 <= x < 2**63: return 'MakeInt(%d)' % x
        return 'mustInt("%d")' % x
    if isinstance(x, float):
        r = repr(x)
        if r in ('inf','-inf','nan','-0.0'): return 'Float(mustFloat("%s"))' % r
        return 'Float(%s)' % r
    if isinstance(x, str): return 'Str(%s)' % gostr(x)
    if isinstance(x, bytes): return 'Bytes(%s)' % gobytes(x)
    if isinstance(x, tuple): return 'NewTuple([]Value{%s})' % ', '.join(goval(i) for i in x)
    if isinstance(x, list): return 'NewList([]Value{%s})' % ', '.join(goval(i) for i in x)
    if isinstance(x, slice): return '&Slice{%s, %s, %s}' % (goval(x.start), goval(x.stop), goval(x.step))
    if isinstance(x, dict): return 'mustDict(%s)' % ', '.join('%s, %s' % (goval(k), goval(v)) for k, v in x.items())
    if x in TYPES: return TYPES[x]
    raise TypeError(x)
def res(f):
    try:
        r = f()
        return 'OK ' + repr(r)
    except Exception as e:
        msg = str(e)
        return type(e).__name__ + ': ' + msg
rows = []
TYPES = {bytes: 'BytesType', str: 'StrType', int: 'IntType', float: 'FloatType', bool: 'BoolType'}
TYPES_N = {bytes: 'bytes', str: 'str', int: 'int', float: 'float', bool: 'bool'}
def call(t, *args, **kw):
    rows.append((goval(t), '@call', [goval(a) for a in args], [(k, goval(v)) for k, v in kw.items()], res(lambda: t(*args, **kw))))
def meth(recv, name, *args, **kw):
    rows.append((goval(recv), name, [goval(a) for a in args], [(k, goval(v)) for k, v in kw.items()], res(lambda: getattr(recv, name)(*args, **kw))))
_NO = object()
def op(kind, a, b=_NO):
    import operator
    fns = {'getitem': lambda: a[b], 'add': lambda: a + b, 'mul': lambda: a * b, 'rmul': lambda: b * a, 'mod': lambda: a % b, 'contains': lambda: b in a, 'lt': lambda: a < b, 'eq': lambda: a == b, 'len': lambda: len(a), 'repr': lambda: repr(a), 'str': lambda: str(a), 'format': lambda: format(a, b), 'iter': lambda: list(iter(a)), 'ascii': lambda: ascii(a)}
    rows.append((goval(a), '@' + kind, [goval(b)] if b is not _NO else [], [], res(fns[kind])))

S = ['', 'a', 'abc', 'Hello World', '  spaced  out  ', 'héllo wörld', 'ÀÉÎ', 'ß', 'ǅungla', 'ΑΣ ΟΔΟΣ', 'a\tb\nc', 'x\x1cy\x1fz', '12', '١٢٣', '²', '½', 'Ⅻ', 'abc123', 'hello_world', '_x1', '1x', 'title Case-string', "it's", 'ﬁ', 'İstanbul', 'a\u00a0b', 'line1\nline2\r\nline3\rline4\x0bx\x0cy\x1cz\x85w\u2028v', 'tab\tbed\t\tx', 'aaaa', '🎉party🎉', '\x00\x7f', 'UPPER', 'lower', 'MiXeD', 'Title Case', '  ', '\t\n', 'The Quick', 'hello world', '\u0345', 'ŉ', 'ﬃ', 'ΐ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', 'ⓐ']
for s in S:
    for m in ['upper','lower','casefold','title','capitalize','swapcase','isalpha','isalnum','isdecimal','isdigit','isnumeric','isspace','isascii','isprintable','islower','isupper','istitle','isidentifier','split','rsplit','splitlines','strip','lstrip','rstrip']:
        meth(s, m)
    op('repr', s); op('len', s); op('ascii', s); op('iter', s)
    meth(s, 'splitlines', True)
    for i in [0, 1, -1, 3, -4, 10]:
        op('getitem', s, i)
    for sl in [slice(None), slice(1, None), slice(None, -1), slice(None, None, -1), slice(1, 5, 2), slice(-3, None), slice(10, 20), slice(None, None, 3), slice(5, 0, -2), slice(-100, 100)]:
        op('getitem', s, sl)
for s in ['hello world hello', 'aaa', '', 'héllo héllo', 'a,b,,c,', ',a,', 'abcabc']:
    for sub in ['', 'l', 'hello', 'o w', 'z', 'a', ',', 'é', 'aa', 'bc']:
        for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'partition', 'rpartition', 'split', 'rsplit', 'removeprefix', 'removesuffix']:
            meth(s, m, sub)
        for args in [(1,), (1, 5), (-5,), (-5, -1), (None, 3), (20,), (3, 1), (len(s),), (len(s)+1,)]:
            for m in ['find', 'rfind', 'count', 'startswith', 'endswith', 'index']:
                meth(s, m, sub, *args)
        op('contains', s, sub)
        for n in [-1, 0, 1, 2]:
            if sub: meth(s, 'split', sub, n); meth(s, 'rsplit', sub, n)
        meth(s, 'replace', sub, '_'); meth(s, 'replace', sub, '<>', 1); meth(s, 'replace', sub, '', 2)
for s in ['  a b  c  ', 'a b c', '\ta\n b \x1c c ', '', '   ']:
    for n in [-1, 0, 1, 2, 5]:
        meth(s, 'split', None, n); meth(s, 'rsplit', None, n)
        meth(s, 'split', maxsplit=n); meth(s, 'rsplit', sep=None, maxsplit=n)
for s in ['abc', 'é', '', 'abcd']:
    for w in [-1, 0, 3, 4, 5, 8]:
        for m in ['center', 'ljust', 'rjust']:
            meth(s, m, w); meth(s, m, w, '*'); meth(s, m, w, 'é')
        meth(s, 'zfill', w)
for s in ['42', '-42', '+42', '', '-', 'abc', 'é']:
    meth(s, 'zfill', 6)
for s in ['xxhixx', 'hi', 'xyzzy', '  \t hi \n']:
    for chars in [None, 'x', 'xy', '', 'hix', ' \t']:
        meth(s, 'strip', chars); meth(s, 'lstrip', chars); meth(s, 'rstrip', chars)
for s in ['a\tbc\tdef\tg', '\t', 'ab\ncd\tx', 'x\r\ty']:
    for t in [8, 4, 1, 0, -1]:
        meth(s, 'expandtabs', t)
    meth(s, 'expandtabs')
for sep, items in [(',', ['a','b','c']), ('', []), ('-', ['x']), (', ', ('a', 'b')), ('é', ['1','2']), (',', ['a', 1]), (',', 'abc'), (',', 5), ('', ['a', b'b'])]:
    meth(sep, 'join', items)
meth('abc', 'translate', {97: 'X', 98: None, 99: 100})
meth('abc', 'translate', {97: 1.5})
meth('héllo', 'translate', str.maketrans('é', 'e'))
meth('abc', 'startswith', ('x', 'a'))
meth('abc', 'endswith', ('x', 'y'))
meth('abc', 'startswith', ('a', 1))
meth('abc', 'startswith', ('x', 1))
meth('abc', 'startswith', 1)
meth('abc', 'endswith', ['a'])
meth('héllo', 'encode')
meth('héllo', 'encode', 'ascii')
meth('héllo', 'encode', 'ascii', 'replace')
meth('héllo', 'encode', 'ascii', 'ignore')
meth('héllo', 'encode', 'latin-1')
meth('h€llo', 'encode', 'latin-1')
meth('h€€llo', 'encode', 'latin-1')
meth('héllo', 'encode', 'ascii', 'backslashreplace')
meth('héllo', 'encode', 'ascii', 'xmlcharrefreplace')
meth('héllo', 'encode', 'xx')
meth('héllo', 'encode', encoding='UTF8')
# argument errors
for expr in [("find",), ("find", 'a', 1, 2, 3), ("upper", 1), ("center",), ("split", 1, 2, 3), ("find", 1), ("count", 1), ("split", 1), ("replace", 1, 'b'), ("strip", 1), ("center", 5, 1), ("center", 'x'), ("join", 1), ("partition", ''), ("partition", 1), ("rsplit", ''), ("split", ''), ("expandtabs", 'x'), ("zfill",), ("encode", 1), ("splitlines", 1, 2), ("removeprefix", 1), ("ljust", 1, 2, 3), ("index", 'b', 0, 1), ("rindex", 'b'), ("isalpha", 1), ("startswith",), ("find", 'a', 'x'), ("replace", 'a', 'b', 'c'), ("center", 5, 'ab'), ("replace", 'a')]:
    meth('abc', *expr)
# ops
for a in ['abc', 'é', '']:
    for b in ['x', 1, 2.5, None, b'x', -1, 0, 3, True]:
        op('add', a, b); op('mul', a, b); op('rmul', a, b)
    for b in ['abc', 'abd', 'ab', 'é', 1]:
        op('lt', a, b); op('eq', a, b)
    op('contains', a, 1)
    op('getitem', a, 'x'); op('getitem', a, 1.5); op('getitem', a, True)
# format specs
vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 10**20, -(10**25), True, False, 0.0, -0.0, 1.5, -1.5, 3.14159265, 1234567.891, 1e16, 1e-7, 1e100, 123456789.0, 0.5, 2.5, float('inf'), float('-inf'), float('nan'), 'abc', 'héllo', '']
specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', ',', '_', ',d', '_d', '_b', '_x', '#_x', '10', '<10', '>10', '^10', '=10', '*^10', '010', '+', '-', ' ', '+d', ' d', '+10', '=+10', '0=+10', '010,', '012,', '08,', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.0f', '#.0f', '.3e', '.10g', '#g', '#.3g', '.3', '.0', '#.3', '+.2f', ',.2f', '_.3f', '012,.2f', '015.3e', '.2%', '10.3', 's', '.2s', '>5s', '^6.1s', '=5', 'z.1f', 'z', 'zd', '#c', '+c', ',c', ',n', '.2', '.2d', 'q', 'xx', ',_', '.', '99999999999999999999', 'é^7', '0<5', '\x00<5', ' 08.2f', '-08d', '#010x', '#010b']
for v in vals:
    for sp in specs:
        op('format', v, sp)
# str.format
def sf(fmt, *args, **kw):
    rows.append((goval(fmt), 'format', [goval(a) for a in args], [(k, goval(v)) for k, v in kw.items()], res(lambda: fmt.format(*args, **kw))))
sf('{}', 1); sf('{} {}', 1, 'a'); sf('{0} {1} {0}', 'x', 'y'); sf('{a}-{b}', a=1, b=2.5); sf('{0!r}', 'x'); sf('{0!s:>5}', 'x'); sf('{0!a}', 'é')
sf('{:>{}}', 'x', 5); sf('{:{}{}}', 3, '>', 5); sf('{0:{1}.{2}f}', 3.14159, 10, 2); sf('{{}}'); sf('{{{}}}', 1); sf('{'); sf('}'); sf('{0}{}', 1, 2); sf('{}{0}', 1, 2)
sf('{}'); sf('{x}'); sf('{0!x}', 1); sf('{0!}', 1); sf('{0[0]}', [5]); sf('{0[a]}', {'a': 3}); sf('{[0]}', [5]); sf('{0[}', 1); sf('{0]', 1); sf('{0[0]x}', [1]); sf('{.real}', 3)
sf('{0:{1:{2}}}', 1, 2, 3); sf('{:d}', 'a'); sf('{:s}', 1); sf('{0:,}', 1234567); sf('{:*^20}', 'mid'); sf('{0.foo}', 1); sf('a{0}b{1}c', 'x', 'y'); sf('{!r:^10}', 'é'); sf('{0!r:}', 1); sf('{0:}', 1.5); sf('{:%}', 0.25)
sf('{0[1]}', 'abc'); sf('{0[-1]}', 'abc'); sf('{0[10]}', [1]); sf('{x[y]}', x={'y': 'z'}); sf('{x.imag}', x=5)
rows.append((goval('{a}{b}'), 'format_map', [goval({'a': 1, 'b': 'x'})], [], res(lambda: '{a}{b}'.format_map({'a': 1, 'b': 'x'}))))
rows.append((goval('{a}'), 'format_map', [goval({})], [], res(lambda: '{a}'.format_map({}))))
rows.append((goval('{a}'), 'format_map', [goval(1)], [], res(lambda: '{a}'.format_map(1))))
# percent
for f, a in [('%05f', float('inf')), ('%05d', -3), ('%+.3d', 5), ('%#x', 31), ('%#08x', 31), ('%#o', 8), ('%x', -31), ('%#X', 255), ('%-6d|', 5), ('%06.2f', -1.5), ('% d', 5), ('%c', 65), ('%c', 'é'), ('%5c', 'a'), ('%-5s|', 'ab'), ('%.1s', 'abc'), ('%r', 'a'), ('%a', 'é'), ('%s', [1,2]), ('%d', 3.9), ('%d', True), ('%s', True), ('%x', True), ('%i', -2.5), ('%u', 7), ('%e', 12345.678), ('%g', 0.00001234), ('%G', 1e20), ('%#g', 1.0), ('%.0f', 0.5), ('%.0f', 1.5), ('%10.3e', 1.5), ('%(a)s-%(b)d', {'a':'x','b':2}), ('%(a)s', {}), ('%s %s', ('a',)), ('abc', 5), ('abc', []), ('abc', {}), ('%s', ()), ('%q', 1), ('%', 1), ('%(a', {}), ('%*d', (5, 3)), ('%-*d|', (5, 3)), ('%.*f', (1, 2.25)), ('%ld', 5), ('%d', '1'), ('%f', '1'), ('%d', 10**30), ('%x', 10**30), ('%.3f', 10**30), ('%s', None), ('%05s', 'ab'), ('%c', 0x110000), ('%*d', (-5, 3)), ('%c', -1), ('%.2d', -3), ('%o', 8.0), ('%d %s', (1, 2, 3)), ('%%', ()), ('%s', (1,)), ('%.2s%%', 'xyz'), ('%3', 1), ('%#.0e', 1.0), ('%+s', 'a'), ('%f', float('nan')), ('%+f', float('inf')), ('%010.2f', float('-inf')), ('%s %d %5.2f %-10s| %x %o %e %g %r %c %%', ('s', 42, 3.14159, 'left', 255, 8, 1234.5, 0.0001, 'r', 'c')), ('%c', 'ab'), ('%x', 1.5), ('%(a)s', 1), ('%s=%s', ('k', 'v')), ('%5.1f%%', 99.44), ('%-5d|%5d', (1, 2)), ('%*s', ('x', 1)), ('%d', None), ('%s', {'a': 1}), ('%(a)s %(a)r', {'a': 'q'})]:
    op('mod', f, a)

# bytes
B = [b'', b'abc', b'hello world', b'\x00\xff\n\'"', b"it's", b'  pad  ', b'a,b,,c', b'\xe2\x82\xac', b'\xe2\x82', b'\xff\xfe', b'h\xc3\xa9llo', b'\xed\xa0\x80', b'\xf0\x9f\x8e', b'\xc0\xaf', b'ABC def']
for b in B:
    op('repr', b); op('len', b); op('iter', b); op('str', b)
    for i in [0, -1, 5, 100]:
        op('getitem', b, i)
    for sl in [slice(None, None, -1), slice(1, 3), slice(None, None, 2)]:
        op('getitem', b, sl)
    for m in ['upper', 'lower', 'hex', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'isdigit', 'isalpha', 'isspace', 'isascii', 'isalnum']:
        meth(b, m)
    for encname in ['utf-8', 'ascii', 'latin-1', 'UTF8', 'nope']:
        for errs in ['strict', 'replace', 'ignore', 'backslashreplace']:
            meth(b, 'decode', encname, errs)
    meth(b, 'decode')
    for sub in [b'', b'l', b'o w', b'z', 108, b'\xff']:
        for m in ['find', 'rfind', 'count', 'index', 'startswith', 'endswith']:
            meth(b, m, sub) if not (isinstance(sub, int) and m in ('startswith', 'endswith')) else None
        op('contains', b, sub)
    meth(b, 'split', b','); meth(b, 'replace', b'l', b'L'); meth(b, 'replace', b'', b'-'); meth(b, 'partition', b' ')
    for other in [b'x', 'x', 1, 2, bytearray(b'') if False else b'']:
        op('add', b, other); op('mul', b, other)
    op('lt', b, b'abd'); op('eq', b, b'abc'); op('eq', b, 'abc')
meth(b'abc', 'startswith', (b'x', b'a')); meth(b'abc', 'startswith', 'a'); meth(b'abc', 'find', 'a'); meth(b'abc', 'find', 300)
meth(b'abc', 'hex', ':'); meth(b'-', 'join', [b'a', b'b']); meth(b'-', 'join', [b'a', 'b']); op('contains', b'abc', 'a'); op('contains', b'abc', 256)
meth(b'abc', 'strip', b'ac'); meth(b' a b ', 'split', None, 1); meth(b' a b ', 'rsplit', None, 1); meth(b'abc', 'getitem') if False else None
op('getitem', b'abc', 'x')
for s in ['0001 ff', 'zz', '0', ' 01 02 ', '1 2', 'ABCDEF']:
    rows.append((enc(bytes), 'fromhex', [goval(s)], [], res(lambda: bytes.fromhex(s))))
# constructors
call(bytes); call(bytes, 3); call(bytes, -1); call(bytes, [1, 2, 255]); call(bytes, [256]); call(bytes, [-1]); call(bytes, ['a']); call(bytes, 'abc'); call(bytes, 'héllo', 'utf-8'); call(bytes, 'héllo', 'ascii'); call(bytes, 'héllo', 'ascii', 'ignore'); call(bytes, b'xy'); call(bytes, 1.5); call(bytes, 3, 'utf-8'); call(bytes, (65, 66))
call(str); call(str, 5); call(str, 'x'); call(str, b'a', 'utf-8'); call(str, b'\xff', 'ascii'); call(str, b'\xff', 'utf-8', 'replace'); call(str, 1, 'utf-8'); call(str, 'a', 'utf-8'); call(str, 1.5); call(str, True); call(str, None); call(str, b'ab'); call(str, 10**20); call(str, object='k')
call(int); call(int, '42'); call(int, ' -0x_1f ', 0); call(int, 'z', 36); call(int, 3.99); call(int, -3.99); call(int, 1e20); call(int, float('nan')); call(int, float('inf')); call(int, True); call(int, '12', 1); call(int, 1.5, 2); call(int, []); call(int, '1e5'); call(int, b'42'); call(int, '4_2'); call(int, base=2); call(int, '11', base=2); call(int, x='1') if False else None; call(int, '9' * 30); call(int, None)
call(float); call(float, ' 1.5 '); call(float, 'inf'); call(float, '-nan'); call(float, '1_000.5'); call(float, 'x'); call(float, 3); call(float, 10**400); call(float, True); call(float, []); call(float, b'2.5'); call(float, None); call(float, '1', '2')
call(bool); call(bool, 0); call(bool, 'x'); call(bool, ''); call(bool, []); call(bool, [0]); call(bool, 0.0); call(bool, None); call(bool, 1, 2)
for v, m, a in [(255, 'bit_length', ()), (-255, 'bit_length', ()), (0, 'bit_length', ()), (2**100, 'bit_length', ()), (255, 'bit_count', ()), (-7, 'bit_count', ()), (2**100 - 1, 'bit_count', ()), (1024, 'to_bytes', (2, 'big')), (1024, 'to_bytes', (2, 'little')), (-1, 'to_bytes', (2, 'big')), (256, 'to_bytes', (1, 'big')), (5, 'to_bytes', ()), (True, 'conjugate', ()), (7, 'as_integer_ratio', ()), (2.5, 'as_integer_ratio', ()), (0.1, 'as_integer_ratio', ()), (float('inf'), 'as_integer_ratio', ()), (2.0, 'is_integer', ()), (2.5, 'is_integer', ()), (1.5, 'hex', ()), (0.0, 'hex', ()), (-0.1, 'hex', ()), (5e-324, 'hex', ()), (float('inf'), 'hex', ()), (1e308, 'hex', ())]:
    meth(v, m, *a)
meth(-129, 'to_bytes', 1, 'big', signed=True); meth(-128, 'to_bytes', 1, 'big', signed=True); meth(128, 'to_bytes', 1, 'big', signed=True); meth(2**70, 'to_bytes', 10, 'little'); meth(1, 'to_bytes', 1, 'middle')
for data, order, signed in [(b'\x01\x00', 'big', False), (b'\x01\x00', 'little', False), (b'\xff', 'big', True), (b'\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'big', True), (b'', 'big', False), (b'\x80' + b'\x00' * 10, 'little', True), ([1, 2], 'big', False)]:
    rows.append((enc(int), 'from_bytes', [goval(data), goval(order)], [('signed', goval(signed))], res(lambda: int.from_bytes(data, order, signed=signed))))
for s in ['0x1.8p1', '1.8', '-0x1p-1074', 'inf', 'x', '0x1p2000', '  0X1.0P+0  ']:
    rows.append((enc(float), 'fromhex', [goval(s)], [], res(lambda: float.fromhex(s))))

import os
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cpython_str.jsonl'), 'w') as f:
    for recv, name, args, kw, want in rows:
        f.write(json.dumps([recv, name, args, [[k, v] for k, v in kw], want]) + '\n')
print(len(rows))
