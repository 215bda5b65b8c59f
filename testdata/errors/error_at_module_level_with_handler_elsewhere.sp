# Handled exceptions do not print anything; the unhandled one does.
try:
    raise ValueError('handled')
except ValueError:
    pass
data = [1, 2, 3]
index = 5
print(data[index])
