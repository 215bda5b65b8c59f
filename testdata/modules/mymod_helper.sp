# Helper module (not a test: no .out). Imported by the modules/ tests.
print('mymod_helper: executing module body, __name__ =', __name__)
VALUE = 42
items = []
def greet(name):
    return 'hello ' + name + ' from ' + __name__
def add_item(x):
    items.append(x)
    return len(items)
def get_value():
    return VALUE
_private = 'underscore names are still importable by name'
if __name__ == '__main__':
    print('this never prints when imported')
