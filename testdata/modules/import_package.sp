# import of a package folder with __init__.sp, and of a submodule.
import mypkg
print(mypkg.PKG_CONST, mypkg.pkg_func(), mypkg.__name__)
from mypkg import sub_helper
print(sub_helper.sub_func(), sub_helper.__name__)
import mypkg.sub_helper
print(mypkg.sub_helper is sub_helper)
from mypkg.sub_helper import sub_func
print(sub_func())
