# Exceptions and finally blocks across generator boundaries (closing explicitly:
# an abandoned generator's finally runs only when it is garbage-collected,
# whose timing is not part of the language).
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
def explicit():
    g = gen()
    try:
        for v in g:
            raise KeyError(v)
    finally:
        print('closing')
        g.close()
try:
    explicit()
except KeyError as e:
    print('KeyError', e)
def raising_gen():
    try:
        yield 1
        raise ValueError('from generator')
    finally:
        print('raising_gen finally')
try:
    for v in raising_gen():
        print('got', v)
except ValueError as e:
    print('ValueError:', e)
