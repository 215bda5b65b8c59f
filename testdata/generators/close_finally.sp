# close() raises GeneratorExit at the paused yield; finally blocks run.
def resource():
    print('open')
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = resource()
print(next(g))
g.close()
print('closed')
g.close()
try:
    next(g)
except StopIteration:
    print('exhausted after close')
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
c = catcher()
next(c)
c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError:', e)
unstarted = resource()
unstarted.close()
print('unstarted close prints nothing')
g2 = resource()
for x in g2:
    print('loop got', x)
    break
print('after break; generator still suspended')
g2.close()
