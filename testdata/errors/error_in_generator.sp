# Traceback through a generator frame.
def numbers():
    yield 1
    yield 2
    raise IndexError('generator ran out')
def consume():
    total = 0
    for n in numbers():
        total += n
    return total
consume()
