# Implicit chaining: an exception raised while handling another.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError('could not parse ' + repr(s))
parse('abc')
