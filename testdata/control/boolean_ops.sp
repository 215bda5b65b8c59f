# and/or return operand values and short-circuit; not returns bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', [] and 'x', None or 0 or '' or 'last')
print(not 1, not 0, not not 'x', 1 and 0 or 3, (1 or 0) and 5)
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(1) or t(2)
print(r, calls)
calls.clear()
r = t(0) or t('') or t([])
print(repr(r), calls)
calls.clear()
r = t(1) and t(2) and t(3)
print(r, calls)
print(True and 'yes' or 'no', False and 'yes' or 'no')
print(type(1 and 2.0).__name__, type(0 or []).__name__)
