# print(file=sys.stderr) goes to stderr; stdout and stderr are separate streams.
import sys
print('to stdout 1')
print('to stderr 1', file=sys.stderr)
print('to stdout 2')
print('to', 'stderr', 2, sep='_', file=sys.stderr)
sys.stdout.write('written to stdout\n')
sys.stderr.write('written to stderr\n')
print('done')
