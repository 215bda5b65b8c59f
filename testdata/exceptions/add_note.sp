# add_note() and __notes__.
try:
    e = ValueError('base')
    e.add_note('first note')
    e.add_note('second note')
    raise e
except ValueError as err:
    print(err, err.__notes__)
e2 = KeyError('k')
print(hasattr(e2, '__notes__'))
try:
    e2.add_note(42)
except TypeError as te:
    print('TypeError:', te)
