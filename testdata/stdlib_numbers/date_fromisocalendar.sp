from datetime import date, datetime
print(date.fromisocalendar(2024, 10, 7), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(2020, 53, 5))
print(date.fromisocalendar(2015, 53, 7), date.fromisocalendar(2004, 53, 1), repr(datetime.fromisocalendar(2024, 1, 1)))
for y in range(2018, 2027):
    d = date(y, 12, 29)
    assert date.fromisocalendar(*d.isocalendar()) == d
for args in [(2021, 53, 1), (2024, 0, 1), (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (10000, 1, 1)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print("ValueError:", e)
print(date.fromisocalendar(year=2024, week=2, day=3))
