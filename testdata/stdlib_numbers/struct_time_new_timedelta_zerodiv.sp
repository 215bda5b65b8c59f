import time
from datetime import timedelta
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mday, st[3], len(st), st.tm_zone, st.tm_gmtoff, tuple(st))
st2 = time.struct_time([2020, 1, 2, 3, 4, 5, 3, 2, 0, "XYZ", 3600])
print(st2, st2.tm_zone, st2.tm_gmtoff, len(st2))
print(time.strftime("%Y-%m-%d %H:%M:%S", st), time.asctime(st), time.mktime(st) == time.mktime(tuple(st)))
print(type(st).__name__, isinstance(st, time.struct_time), st == tuple(st) if False else "")
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
for d in [0, 0.0]:
    try:
        timedelta(1) / d
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    timedelta(1) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
