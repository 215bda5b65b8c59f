# A module runs once even when imported from several places.
import counter_helper
def f():
    import counter_helper
    return counter_helper.runs
print(f(), counter_helper.runs)
import counter_helper as again
print(again is counter_helper)
import sys
print('counter_helper' in sys.modules, sys.modules['counter_helper'] is counter_helper)
