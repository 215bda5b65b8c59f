import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(-100, 100))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(0, 3, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2000, 12))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name), list(calendar.day_abbr))
print(calendar.month_abbr[1], calendar.day_name[6], len(calendar.month_name), calendar.MONDAY, calendar.SUNDAY)
print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 4, 2))
print(repr(calendar.month(2021, 1, w=1)))
calendar.prmonth(1999, 12)
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(10))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)), calendar.timegm((2000, 2, 30, 25, 0, 0)))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9)[0])
print(calendar.month(2024, 9))
calendar.setfirstweekday(0)

tc = calendar.TextCalendar(firstweekday=6)
print(tc.formatmonth(2024, 6))
print(tc.firstweekday, list(tc.iterweekdays()), list(tc.itermonthdays(2024, 6))[:8])
print(list(tc.itermonthdays2(2024, 6))[:3], tc.monthdayscalendar(2024, 6)[-1])
print(tc.formatyear(2025, m=6))
tc.prmonth(2024, 7)
c = calendar.Calendar()
print(c.monthdays2calendar(2024, 4)[0], c.getfirstweekday())
print(tc.formatweekday(0, 5), tc.formatmonthname(2024, 1, 20), repr(tc.formatmonthname(2024, 1, 20, False)))

for call in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0), lambda: calendar.weekday(2024, 2, 30),
             lambda: calendar.weekday(2024, 13, 1), lambda: calendar.setfirstweekday(7), lambda: calendar.month(2024),
             lambda: calendar.month(2024, -1), lambda: calendar.month(2024, 0), lambda: calendar.month(2024, 13), lambda: calendar.timegm((2024, 1)),
             lambda: calendar.monthcalendar(2024, 1, 1)]:
    try:
        print(call())
    except calendar.IllegalMonthError as e:
        print("IllegalMonthError:", e, isinstance(e, ValueError))
    except calendar.IllegalWeekdayError as e:
        print("IllegalWeekdayError:", e)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
