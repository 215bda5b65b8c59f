# Uncaught TypeError after printing; the exit status is 1.
import sys
print('stdout line')
print('stderr line', file=sys.stderr)
len(5)
