# SyntaxError: missing colon after if.
x = 1
if x > 0
    print('positive')
