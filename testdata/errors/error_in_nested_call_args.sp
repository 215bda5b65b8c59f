# Traceback for errors inside nested calls and methods of builtins.
def fmt(x):
    return '{:d}'.format(x)
def report(items):
    return ', '.join(fmt(i) for i in items)
print(report([1, 2]))
print(report([1, 'two']))
