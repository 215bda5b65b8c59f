# sys.exit(n) ends the program with exit status n; finally blocks still run.
import sys
print('before exit')
try:
    sys.exit(3)
finally:
    print('finally runs during exit')
print('never printed')
