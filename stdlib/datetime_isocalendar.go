package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// fromIsoCalendar is date.fromisocalendar(year, week, day) (and
// datetime's, at midnight): the day-th day (1 = Monday) of ISO week
// week of year, with CPython's range checks and messages.
func fromIsoCalendar(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (int, int, int, error) {
	var year, week, day int
	if err := rt.UnpackArgs("fromisocalendar", args, kwargs, "year", &year, "week", &week, "day", &day); err != nil {
		return 0, 0, 0, err
	}
	if year < 1 || year > 9999 {
		return 0, 0, 0, rt.NewError(rt.ValueErrorType, "Year is out of range: %d", year)
	}
	jan1 := toOrdinal(year, 1, 1)
	if week <= 0 || week >= 53 {
		leap := year%4 == 0 && (year%100 != 0 || year%400 == 0)
		first := jan1 % 7
		if week != 53 || !(first == 4 || first == 3 && leap) {
			return 0, 0, 0, rt.NewError(rt.ValueErrorType, "Invalid week: %d", week)
		}
	}
	if day <= 0 || day >= 8 {
		return 0, 0, 0, rt.NewError(rt.ValueErrorType, "Invalid day: %d (range is [1, 7])", day)
	}
	firstWeekday := (jan1 + 6) % 7
	week1Monday := jan1 - firstWeekday
	if firstWeekday > 3 {
		week1Monday += 7
	}
	y, m, d := fromOrdinal(week1Monday + int64((week-1)*7+day-1))
	return y, m, d, nil
}

func initIsoCalendarConstructors() {
	dateType.Dict.SetStr("fromisocalendar", plainFn("fromisocalendar", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		y, m, d, err := fromIsoCalendar(th, args, kwargs)
		if err != nil {
			return nil, err
		}
		return &date{y, m, d}, nil
	}))
	datetimeType.Dict.SetStr("fromisocalendar", plainFn("fromisocalendar", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		y, m, d, err := fromIsoCalendar(th, args, kwargs)
		if err != nil {
			return nil, err
		}
		return &datetime{date: date{y, m, d}}, nil
	}))
}
