# Frames of decorator wrappers appear in the traceback.
def logged(fn):
    def wrapper(*args):
        print('calling', fn.__name__, args)
        return fn(*args)
    return wrapper
@logged
def divide(a, b):
    return a / b
print(divide(6, 3))
divide(1, 0)
