# Simple statements separated by semicolons; one-line compound suites.
a = 1; b = 2; c = a + b; print(a, b, c)
x = 0;
print(x);
if a: print('one-line if'); print('second statement')
for i in range(3): print(i, end=' '); print('|', end=' ')
print()
while x < 3: x += 1
print(x)
def f(): return 'one-line def'
print(f())
try: 1 / 0
except ZeroDivisionError: print('caught')
else: print('no')
finally: print('finally')
