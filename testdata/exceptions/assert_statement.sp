# assert with and without messages.
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print('AssertionError:', e.args[0])
def side():
    print('message evaluated')
    return 'msg'
assert True, side()
try:
    assert 0, side()
except AssertionError as e:
    print(e)
x = 5
try:
    t = (x, 'tuple is always truthy')
    assert t
    print('tuple assert passed')
except AssertionError:
    print('not reached')
