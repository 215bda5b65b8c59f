# stdout output before an error is kept (and flushed) in order.
for i in range(3):
    print('line', i)
import sys
print('partial', end='')
sys.stdout.flush()
int('not a number')
