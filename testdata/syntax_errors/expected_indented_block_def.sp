def f():
    x = 1

def g():
# only a comment here
print('oops')
