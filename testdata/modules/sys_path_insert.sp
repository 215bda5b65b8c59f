# Imports search sys.path as the program changes it.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(os.path.abspath(sys.path[0]) == here)
try:
    import pathmod
except ModuleNotFoundError as e:
    print("before:", e)

sys.path.insert(0, os.path.join(here, "syspath_dir"))
import pathmod
print(pathmod.NAME)
import pathmod  # cached: not loaded again
print(sys.modules["pathmod"] is pathmod)

sys.path.pop(0)
try:
    import othermod
except ModuleNotFoundError as e:
    print("after pop:", e)
sys.path.append(os.path.join(here, "syspath_dir"))
from othermod import VALUE
print(VALUE)
