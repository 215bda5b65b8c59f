# Traceback through three function frames.
def inner(d):
    return d['missing']
def middle(d):
    value = inner(d)
    return value
def outer():
    return middle({'present': 1})
print('start')
outer()
