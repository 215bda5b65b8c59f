import statistics as s
from fractions import Fraction
print(s.correlation([1, 2, 3, 4], [2, 4, 6, 9]), s.covariance([1, 2, 3], [1, 2, 4]))
print(s.linear_regression([1, 2, 3], [2, 4, 7]))
r = s.linear_regression([1, 2, 3], [2, 4, 6], proportional=True)
print(r, r.slope, r.intercept, r[0], tuple(r))
print(s.covariance([1.5, Fraction(1, 2), 3], [0.1, 0.2, 0.3]), s.correlation(range(10), [x * x for x in range(10)]))
for f, a in [(s.correlation, ([1, 1], [1, 2])), (s.covariance, ([1], [1])), (s.linear_regression, ([1, 2], [1])), (s.linear_regression, ([2, 2], [1, 3])), (s.correlation, ([1, 2], [3]))]:
    try:
        print(f(*a))
    except s.StatisticsError as e:
        print("StatisticsError:", e)
