# import of a sibling .sp module; attributes; the module body runs once.
print('main starts, __name__ =', __name__)
import mymod_helper
print(mymod_helper.VALUE, mymod_helper.greet('main'), mymod_helper.get_value())
import mymod_helper
import mymod_helper as mm
print(mm is mymod_helper, mm.VALUE, type(mm).__name__, mm.__name__)
mm.VALUE = 'changed from main'
print(mymod_helper.get_value())
print(mm.add_item('a'), mm.add_item('b'), mymod_helper.items)
print(mm._private)
