# sys module basics.
import sys
print(type(sys.argv).__name__, sys.argv[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.maxsize == 2**63 - 1, sys.maxsize + 1)
print('sys' in sys.modules, '__main__' in sys.modules)
print(isinstance(sys.path, list), hasattr(sys.stdout, 'write'), hasattr(sys.stderr, 'write'))
sys.stdout.write('direct write\n')
n = sys.stdout.write('returns length\n')
print(n)
print(sys.version_info[0] >= 3, type(sys.platform).__name__)
print(type(sys.float_info.max).__name__, sys.float_info.max == 1.7976931348623157e308)
