# Exceptions crossing function frames; handlers in callers; finally in each frame.
def level3():
    try:
        raise ValueError('deep')
    finally:
        print('level3 finally')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except ValueError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            out.append(str(e))
    return out
print(parse_all(['1', 'two', '3']))
