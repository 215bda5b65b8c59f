# raise SystemExit(2) from nested functions: exit status 2, no traceback.
def deep():
    raise SystemExit(2)
def middle():
    deep()
print('start')
middle()
