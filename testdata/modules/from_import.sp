# from m import a, b as c: names are bound at import time.
from mymod_helper import VALUE, greet as hello, items, add_item
print(VALUE, hello('x'))
add_item(1)
print(items)
import mymod_helper
mymod_helper.VALUE = 'rebound in module'
print(VALUE, mymod_helper.VALUE, mymod_helper.get_value())
from mymod_helper import VALUE
print(VALUE)
try:
    from mymod_helper import does_not_exist
except ImportError as e:
    print('ImportError', type(e).__name__)
