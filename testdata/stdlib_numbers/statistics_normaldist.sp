# statistics.NormalDist: construction, cdf/pdf/inv_cdf, quantiles, overlap, arithmetic, from_samples, seeded samples, errors
import statistics
from statistics import NormalDist, StatisticsError
iq = NormalDist(100, 15)
print(iq, repr(iq), iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.cdf(130), iq.pdf(100), iq.inv_cdf(0.975), iq.zscore(130), iq.quantiles(), iq.quantiles(10))
print(round(iq.cdf(115) - iq.cdf(85), 4), iq.overlap(NormalDist(110, 10)), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(iq + 5, iq - 5, iq * 2, iq / 3, -iq, +iq, 10 - iq, 2 * iq, iq + NormalDist(0, 20), iq - NormalDist(10, 20))
print(iq == NormalDist(100.0, 15.0), iq == 5, hash(iq) == hash(NormalDist(100, 15)), NormalDist())
d = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(d, d.mean, d.stdev)
print(NormalDist(5, 2).samples(4, seed=42))
print([round(x, 3) for x in NormalDist().samples(3, seed="abc")])
for bad in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist(1, 0).pdf(1), lambda: iq.inv_cdf(1.5),
            lambda: NormalDist.from_samples([1]), lambda: iq.overlap(3), lambda: NormalDist(1, 0).zscore(2), lambda: NormalDist(1, 0).inv_cdf(0.5)]:
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(NormalDist(0, 1).inv_cdf(0.999999), NormalDist(0, 1).inv_cdf(1e-300), NormalDist(0, 1).inv_cdf(0.2))
print(statistics.mean([1, 2, 3]), statistics.StatisticsError.__module__, statistics.NormalDist.__module__, "NormalDist" in statistics.__all__)
try:
    iq.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(sorted([NormalDist(3, 1), NormalDist(1, 1)], key=lambda n: n.mean))
