# Fraction with complex: numbers.Complex fallbacks as CPython 3.11.
from fractions import Fraction as F
for e in ["F(1, 2) ** 1j", "1j ** F(1, 2)", "1j ** F(2)", "(1+1j) ** F(-2)", "F(1, 2) // 1j", "1j % F(1, 3)", "F(1, 2) == 0.5 + 1j", "F(1) != 1 + 0j", "1 + 0j == F(1)",
          "F(1, 3) - 2j", "2j - F(1, 3)", "F(1, 3) / 1j", "1j / F(1, 3)", "F(1, 3) * (1+1j)", "F(1, 2) & 1j", "F(1, 2) > 1j", "hash(F(1, 2)) == hash(0.5 + 0j)", "F(5, 1) ** (1+0j)"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
