# The exit() builtin behaves like sys.exit().
print('using exit()')
exit(5)
