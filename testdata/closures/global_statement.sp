# global: reading, rebinding and creating module globals from functions.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create():
    global created_later
    created_later = 'made inside function'
create()
print(created_later)
def read_only():
    return counter * 10
print(read_only())
def local_shadow():
    counter = 'local'
    return counter
print(local_shadow(), counter)
def unbound():
    print(counter)
    counter = 5
try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
print(isinstance(UnboundLocalError('x'), NameError))
def nested_global():
    def inner():
        global counter
        counter = 'from inner'
    inner()
nested_global()
print(counter)
