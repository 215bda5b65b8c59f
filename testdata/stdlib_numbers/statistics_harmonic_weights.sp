import statistics as s
from fractions import Fraction
print(s.harmonic_mean([40, 60]), s.harmonic_mean([1, 2], weights=[1, 3]))
print(s.harmonic_mean([40, 60], [5, 30]), s.harmonic_mean([5]), s.harmonic_mean([2.5]))
print(s.harmonic_mean([2, 0]), s.harmonic_mean([2, 0], weights=[1, 0]))
print(s.harmonic_mean([Fraction(1, 2), Fraction(1, 3)], weights=[1, 2]))
print(s.harmonic_mean(iter([1, 2, 4]), weights=iter([3, 2, 1])))
for data, w in [([1, 2], [1]), ([1, -2], None), ([1, 2], [1, -1]), ([1, 2], [0, 0]), ([], None), ([-1], None)]:
    try:
        print(s.harmonic_mean(data, w))
    except s.StatisticsError as e:
        print("StatisticsError:", e)
