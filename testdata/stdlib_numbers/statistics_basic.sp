# statistics: exact mean/variance with CPython's type rules, stdev, median, mode, quantiles, errors
import statistics as st
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([1.5, 2.5, 2]), st.fmean(data), st.mean([Fraction(1, 3), Fraction(2, 3)]))
print(st.median(data), st.median([3, 1, 2]), st.median_low(data), st.median_high(data), st.median([1, 2, 3, 4.5]))
print(st.mode([1, 2, 2, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.pvariance(data), st.pstdev(data), st.variance(data), st.stdev(data))
print(st.variance([1, 2, 3, 4]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.1, 0.2, 0.3]), st.variance([1, 3, 5], 3))
print(st.quantiles(data), st.quantiles(range(1, 11), n=10), st.quantiles([1, 2, 3, 4, 5], method="inclusive"))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(1)]))
for f, a in [(st.mean, []), (st.stdev, [1]), (st.variance, [5]), (st.mode, []), (st.median, []), (st.quantiles, [1])]:
    try:
        f(a)
    except st.StatisticsError as e:
        print("StatisticsError", e)
print(issubclass(st.StatisticsError, ValueError))
