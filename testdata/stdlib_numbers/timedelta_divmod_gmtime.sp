from datetime import timedelta
import time
print(divmod(timedelta(hours=5), timedelta(hours=2)))
print(divmod(timedelta(hours=-5), timedelta(hours=2)))
print(divmod(timedelta(days=3, microseconds=7), timedelta(seconds=-7)))
print(timedelta(hours=5).__divmod__(3))
for other in [timedelta(0)]:
    try:
        print(divmod(timedelta(1), other))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(time.gmtime(0).tm_zone, time.gmtime(1700000000))
