# IndentationError: nothing indented after if.
if True:
print('not indented')
