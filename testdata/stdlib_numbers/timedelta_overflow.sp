# timedelta construction: huge components raise OverflowError with the days count, the extremes are exact
from datetime import timedelta
for kw in [dict(days=1000000000), dict(days=-1000000000), dict(weeks=10**9), dict(seconds=10**20), dict(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999),
           dict(days=-999999999), dict(microseconds=-1), dict(days=999999999, hours=24), dict(hours=1.5, minutes=-0.25), dict(days=0.5, seconds=0.0000005),
           dict(days=10**30), dict(milliseconds=-1.5), dict(weeks=1.5, days=-2)]:
    try:
        td = timedelta(**kw)
        print(kw, repr(td), td)
    except OverflowError as e:
        print(kw, "OverflowError", e)
print(timedelta.max, timedelta.min, repr(timedelta.max))
for bad in [float("inf"), float("nan")]:
    try:
        timedelta(seconds=bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
