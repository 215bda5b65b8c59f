# send(): values flow into the generator; first send must be None.
def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send('hello'))
print(g.send(42))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration:', e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
fresh = echo()
try:
    fresh.send('too early')
except TypeError as e:
    print('TypeError:', e)
print(fresh.send(None))
def delegating():
    r = yield from echo()
    yield 'delegate got ' + r
d = delegating()
next(d)
print(d.send('via delegate'))
print(d.send('stop'))
