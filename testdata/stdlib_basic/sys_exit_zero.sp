# sys.exit(0) and sys.exit(None) exit with status 0 and print nothing to stderr.
import sys
print('exiting cleanly')
sys.exit(None)
