# isatty() is false for redirected standard streams, /dev/null included (a character device, but not a terminal).
import os, sys
print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stderr.isatty())
print(os.isatty(0), os.isatty(1), os.isatty(2))
with open(os.devnull) as f:
    print(f.isatty(), os.isatty(f.fileno()))
with open(os.devnull, 'w') as f:
    print(f.isatty())
