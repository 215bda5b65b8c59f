# Importing built-in modules and names from them.
import math
import sys as system
from math import sqrt, pi as PI
from functools import reduce
print(math.sqrt(16), sqrt(2) == math.sqrt(2), PI == math.pi, system is __import__('sys'))
print(reduce(lambda a, b: a * b, range(1, 6)))
import math, sys
print(math.floor(2.5), type(sys.argv).__name__)
def lazy():
    from math import factorial
    return factorial(5)
print(lazy())
