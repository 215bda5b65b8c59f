# date/datetime timetuple and utctimetuple give CPython's time.struct_time (yday, wday, isdst; aware times shifted to UTC)
import datetime, time
t = datetime.datetime(2024, 3, 10, 14, 30, 5, 999)
d = datetime.date(2023, 12, 31)
print(t.timetuple())
print(d.timetuple())
print(t.utctimetuple())
aware = datetime.datetime(2024, 1, 1, 2, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=5)))
print(aware.timetuple())
print(aware.utctimetuple())
tt = t.timetuple()
print(tt.tm_yday, tt.tm_wday, tt[0:3], tuple(tt)[-3:], tt.tm_zone, len(tt))
print(time.strftime("%Y-%m-%d %H:%M:%S day %j", tt))
print(time.mktime(d.timetuple()) == time.mktime(datetime.datetime(2023, 12, 31).timetuple()))
class DstZone(datetime.tzinfo):
    def utcoffset(self, dt): return datetime.timedelta(hours=1)
    def dst(self, dt): return datetime.timedelta(hours=1)
    def tzname(self, dt): return "DST"
print(datetime.datetime(2024, 7, 1, 12, tzinfo=DstZone()).timetuple().tm_isdst)
try:
    d.timetuple(1)
except TypeError as e:
    print(e)
