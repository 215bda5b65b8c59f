# statistics.median_grouped: interpolated median of grouped data, interval, types, errors
import statistics
from fractions import Fraction
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=1))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval=2), statistics.median_grouped([5]), statistics.median_grouped([2.5, 3.5, 3.5, 4.5]), statistics.median_grouped([1, 2, 2, 3], 0.5))
print(statistics.median_grouped([Fraction(1, 2), Fraction(3, 2), Fraction(3, 2)]), statistics.median_grouped([1, 2, 3, 4], interval=Fraction(1, 3)))
for bad in [lambda: statistics.median_grouped([]), lambda: statistics.median_grouped(["a", "b"]), lambda: statistics.median_grouped([1, 2], "x")]:
    try:
        print(bad())
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(statistics.median_grouped(["1", "2", "3"]), statistics.median_grouped([True, False, True]))
try:
    statistics.median_grouped([None, None])
except TypeError as e:
    print("TypeError", e)
