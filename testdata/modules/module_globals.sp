# Functions use the globals of the module they were defined in.
VALUE = 'main VALUE'
import mymod_helper
print(mymod_helper.get_value(), VALUE)
def get_value():
    return VALUE
print(get_value())
mymod_helper.new_attr = 'added from main'
print(mymod_helper.new_attr, hasattr(mymod_helper, 'new_attr'))
print(sorted(n for n in dir(mymod_helper) if not n.startswith('__')))
del mymod_helper.new_attr
try:
    mymod_helper.new_attr
except AttributeError as e:
    print('AttributeError:', e)
