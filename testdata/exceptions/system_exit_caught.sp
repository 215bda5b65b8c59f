# SystemExit is an ordinary exception that can be caught; sys.exit raises it.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e))
try:
    sys.exit('message')
except SystemExit as e:
    print('code is', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('no-arg code', e.code)
try:
    exit(4)
except SystemExit as e:
    print('builtin exit', e.code)
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print('still running')
