# Ordering complex numbers is a TypeError (uncaught here: traceback).
values = [3+1j, 1j]
print(sorted(values, key=abs))
sorted(values)
