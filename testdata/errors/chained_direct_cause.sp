# Explicit chaining with raise ... from ...
class_name = 'config'
def load(d):
    try:
        return d['port']
    except KeyError as e:
        raise ValueError('missing port in ' + class_name) from e
load({})
