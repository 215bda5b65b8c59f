package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// traceback.StackSummary: the list subclass of FrameSummary objects that
// extract_tb and extract_stack return, with format() (the lines of
// format_list) and the from_list classmethod, as CPython's.

var stackSummaryType *rt.Type

func initStackSummaryType() {
	stackSummaryType = goClass("StackSummary", "traceback", []*rt.Type{rt.ListType},
		"format", meth("format", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("format", args, kwargs); err != nil {
				return nil, err
			}
			return tbFormatList(th, []rt.Value{self}, nil)
		}),
		"from_list", classMeth("from_list", stackSummaryFromList),
		"extract", classMeth("extract", stackSummaryExtract),
	)
}

// newStackSummary makes a StackSummary holding frames.
func newStackSummary(th *rt.Thread, frames []rt.Value) (rt.Value, error) {
	return rt.Call(th, stackSummaryType, []rt.Value{rt.NewList(frames)}, nil)
}

// stackSummaryFromList is StackSummary.from_list(a_list): FrameSummary
// objects kept, (filename, lineno, name, line) tuples made into ones.
func stackSummaryFromList(th *rt.Thread, cls rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var l rt.Value
	if err := rt.UnpackArgs("from_list", args, kwargs, "a_list", &l); err != nil {
		return nil, err
	}
	items, err := rt.IterateAll(th, l)
	if err != nil {
		return nil, err
	}
	frames := make([]rt.Value, len(items))
	for i, it := range items {
		if rt.IsInstance(it, frameSummaryType) {
			frames[i] = it
			continue
		}
		f, err := rt.IterateAll(th, it)
		if err != nil {
			return nil, err
		}
		if len(f) != 4 {
			return nil, rt.NewError(rt.ValueErrorType, "not enough values to unpack (expected 4, got %d)", len(f))
		}
		fs, err := rt.Call(th, frameSummaryType, f[:3], []rt.KwArg{{Name: "line", Value: f[3]}})
		if err != nil {
			return nil, err
		}
		frames[i] = fs
	}
	return rt.Call(th, cls, []rt.Value{rt.NewList(frames)}, nil)
}
