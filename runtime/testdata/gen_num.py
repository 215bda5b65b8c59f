# Regenerates testdata/cpython_numbers.jsonl from CPython 3.11: python3 gen_num.py
# (run with the python3 the golden tests use; the Go tests never need python3).
import math, itertools
ints = ['0','1','-1','7','-7','3','-3','2','4611686018427387904','-9223372036854775808','9223372036854775807','18446744073709551616','-1180591620717411303424','True','False','3037000500','-3037000500','12345678901234567890123']
floats = ['0.0','-0.0','1.5','-2.5','1e+300','0.1','inf','nan','3.0','-7.0','1e-310', '9007199254740993.0', '1.8446744073709552e+19']
vals = ints + floats
ops = ['+','-','*','/','//','%','**','<<','>>','&','|','^']
def ev(s): 
    return eval(s.replace('inf',"float('inf')").replace('nan',"float('nan')")) if s not in ('True','False') else eval(s)
def fmt(f):
    try:
        r = f()
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
rows = []
for a in vals:
    for b in vals:
        for op in ops:
            x, y = ev(a), ev(b)
            if op == '**' and isinstance(x,int) and isinstance(y,int) and abs(y) > 200 and abs(x) > 1: continue
            if op == '<<' and isinstance(y,int) and y > 1000: continue
            rows.append((a, op, b, fmt(lambda: eval('x %s y' % op))))
# comparisons
for a in vals:
    for b in vals:
        x, y = ev(a), ev(b)
        for op in ['<','<=','==','!=','>','>=']:
            rows.append((a, op, b, fmt(lambda: eval('x %s y' % op))))
# unary
for a in vals:
    x = ev(a)
    for op in ['-','+','~']:
        rows.append(('', op, a, fmt(lambda: eval('%s x' % op))))
    rows.append(('', 'hash', a, fmt(lambda: hash(x))))
    rows.append(('', 'repr', a, repr(x)))
import json, os
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cpython_numbers.jsonl'), 'w') as f:
    for r in rows:
        r = list(r)
        if r[0] in ('int', 'float'):
            r[1] = json.loads(r[1])
        f.write(json.dumps(r) + '\n')
print(len(rows))
