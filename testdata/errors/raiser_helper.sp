# Helper module (not a test): raises from inside an imported module.
def explode(x):
    if x > 1:
        return explode(x - 1)
    raise ValueError('exploded in helper')
