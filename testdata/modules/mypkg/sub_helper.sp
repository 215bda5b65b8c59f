# Submodule mypkg.sub_helper (not a test).
print('mypkg.sub_helper running, __name__ =', __name__)
def sub_func():
    return 'sub_func called'
