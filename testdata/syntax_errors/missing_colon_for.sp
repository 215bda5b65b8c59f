print('not executed: syntax errors are found before running')
for i in range(3)
    print(i)
