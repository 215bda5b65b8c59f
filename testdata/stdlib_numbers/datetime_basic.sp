# datetime: date, time, datetime, timedelta, timezone; arithmetic, comparisons, isoformat, strftime/strptime
from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(days=-1, seconds=5), -timedelta(hours=1), abs(timedelta(hours=-1)))
print(timedelta(weeks=1, milliseconds=1.5), timedelta(hours=1.5), timedelta(days=1) / timedelta(hours=5), timedelta(hours=5) * 1.5)
print(timedelta(seconds=7) // 2, timedelta(seconds=7) / 2, 3 * timedelta(minutes=1), timedelta(hours=3) % timedelta(hours=2))
print(timedelta(hours=1) < timedelta(hours=2), timedelta(minutes=60) == timedelta(hours=1), hash(timedelta(1)) == hash(timedelta(days=1)))

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - timedelta(days=59), date(2024, 3, 1) - d, d.weekday(), d.isoweekday())
print(d.isoformat(), d.toordinal(), date.fromordinal(738944), date.fromisoformat("2023-12-25"), d.isocalendar())
print(d.replace(day=1), d.strftime("%A %d %B %Y (%a %b) %j %U %W %y %m"), d < date(2024, 3, 1), d == date(2024, 2, 28))
print(f"{d:%d/%m/%Y}", format(d, ""), d.year, d.month, d.day, d.ctime())

t = time(13, 5, 9, 120)
print(t, repr(t), time(7, 30), repr(time(7, 30)), t.isoformat(), t.isoformat("minutes"), t.strftime("%I:%M %p"), t.hour)

dt = datetime(2024, 1, 5, 10, 30, 15, 250000)
print(dt, repr(dt), repr(datetime(2024, 1, 5)), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time())
print(dt + timedelta(hours=20), dt - timedelta(days=10), dt - datetime(2023, 12, 25), dt.weekday(), dt.replace(year=2020, hour=0))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %%"), datetime.strptime("2024-03-15 08:45:10", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("15/Mar/2024 8:05 PM", "%d/%b/%Y %I:%M %p"), datetime.strptime("2024-07-04T12:00:00+0200", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.fromisoformat("2024-05-06T07:08:09.123456+05:30"), datetime.fromisoformat("2024-05-06"), datetime.fromisoformat("2024-05-06 07:08"))
print(datetime.combine(date(2020, 1, 1), time(9, 0)), dt > datetime(2024, 1, 5), sorted([dt, datetime(2020, 1, 1)])[0])

utc = timezone.utc
aware = datetime(2024, 1, 5, 12, 0, tzinfo=utc)
ist = timezone(timedelta(hours=5, minutes=30))
print(aware, repr(aware), aware.isoformat(), aware.astimezone(ist), aware.utcoffset(), aware.tzname(), repr(ist), ist)
print(timezone(timedelta(hours=-3), "BRT"), datetime(2024, 1, 5, 9, tzinfo=timezone(timedelta(hours=-3))) == datetime(2024, 1, 5, 12, tzinfo=utc))
print(aware.timestamp(), datetime.fromtimestamp(1700000000, tz=utc), aware.strftime("%H:%M %z %Z"), dtmod.MINYEAR, dtmod.MAXYEAR)
print(aware - datetime(2024, 1, 1, tzinfo=ist), date.min, date.max, datetime.max, timedelta.max, timedelta.resolution)
for f in [lambda: date(2024, 2, 30), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 25),
          lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"), lambda: datetime.strptime("2024-12-01x", "%Y-%m-%d"),
          lambda: datetime.fromisoformat("bad"), lambda: datetime(2024, 1, 1) < aware, lambda: datetime(2024, 1, 1) - aware]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == aware, date(2024, 1, 1) == datetime(2024, 1, 1), isinstance(dt, date), type(dt).__name__)
