# input() on an empty stdin raises EOFError.
try:
    v = input()
    print('got', repr(v))
except EOFError as e:
    print('EOFError:', e)
try:
    v = input('prompt> ')
except EOFError:
    print('EOFError again')
print(issubclass(EOFError, Exception))
