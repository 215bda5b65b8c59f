# ModuleNotFoundError for missing modules; ImportError for missing names.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, '| name =', e.name)
try:
    import no_such_module_anywhere as alias
except ImportError as e:
    print('caught as ImportError:', type(e).__name__)
try:
    from no_such_module_anywhere import thing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    from mymod_helper import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'missing_name' from 'mymod_helper'"))
print('mymod_helper' in __import__('sys').modules)
