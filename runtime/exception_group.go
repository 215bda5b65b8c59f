package runtime

import "strconv"

// BaseExceptionGroup and ExceptionGroup (PEP 654), as in CPython 3.11.
//
// A group is an ordinary *Exception whose group field holds what
// BaseExceptionGroup.__new__ validated: the message and the tuple of
// sub-exceptions. args keeps the arguments as given (the exceptions
// sequence may be a list), so repr shows them as CPython does.
//
// split and subgroup rebuild the partially matching groups through the
// Python-visible derive() (a subclass may override it) and copy the
// original's __traceback__, __cause__, __context__ and __notes__ onto
// each derived group (exceptiongroup_subset in CPython's exceptions.c).
// The interpreter's except* uses SplitGroup, WrapNaked and
// PrepReraiseStar below.

// excGroup is the data of an exception group.
type excGroup struct {
	msg  Str
	excs []*Exception
}

// The two built-in group classes. ExceptionGroup derives from both
// BaseExceptionGroup and Exception.
var (
	BaseExceptionGroupType = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType     = func() *Type {
		t := newExcType("ExceptionGroup", BaseExceptionGroupType)
		t.setHier([]*Type{BaseExceptionGroupType, ExceptionType},
			[]*Type{t, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType})
		return t
	}()
)

func init() {
	BaseExceptionGroupType.New = newExceptionGroup
	ExceptionGroupType.New = newExceptionGroup
	BaseExceptionGroupType.Dict.SetStr("__class_getitem__", GenericClassGetItem)
	BaseExceptionGroupType.AddMethods(
		NewMethod("derive", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			e, err := groupSelf("derive", self)
			if err != nil {
				return nil, err
			}
			var excs Value
			if err := UnpackArgs("derive", args, kwargs, "excs", &excs); err != nil {
				return nil, err
			}
			return newExceptionGroup(th, BaseExceptionGroupType, []Value{e.group.msg, excs}, nil)
		}),
		NewMethod("split", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			e, m, err := groupMatcherArgs("split", self, args, kwargs)
			if err != nil {
				return nil, err
			}
			match, rest, err := splitGroup(th, e, m, true)
			if err != nil {
				return nil, err
			}
			return NewTuple([]Value{excOrNone(match), excOrNone(rest)}), nil
		}),
		NewMethod("subgroup", func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
			e, m, err := groupMatcherArgs("subgroup", self, args, kwargs)
			if err != nil {
				return nil, err
			}
			match, _, err := splitGroup(th, e, m, false)
			if err != nil {
				return nil, err
			}
			return excOrNone(match), nil
		}),
	)
}

// IsExceptionGroup reports whether e is a BaseExceptionGroup.
func IsExceptionGroup(e *Exception) bool { return e.group != nil }

// GroupExceptions returns the sub-exceptions of a group (nil otherwise).
func GroupExceptions(e *Exception) []*Exception {
	if e.group == nil {
		return nil
	}
	return e.group.excs
}

// newExceptionGroup is BaseExceptionGroup.__new__ for cls (a group class
// or a user subclass of one).
func newExceptionGroup(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "%s() takes no keyword arguments", cls.Name())
	}
	if len(args) != 2 {
		return nil, NewError(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := args[0].(Str)
	if !ok {
		what := TypeName(args[0])
		if args[0] == None {
			what = "None" // as CPython's _PyArg_BadArgument says it
		}
		return nil, NewError(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", what)
	}
	if !isSequence(args[1]) {
		return nil, NewError(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := IterateAll(th, args[1])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, NewError(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	excs := make([]*Exception, len(items))
	nestedBase := false
	for i, it := range items {
		x, ok := it.(*Exception)
		if !ok {
			return nil, NewError(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !x.Class.IsSubtype(ExceptionType) {
			nestedBase = true
		}
		excs[i] = x
	}
	switch {
	case cls == BaseExceptionGroupType:
		if !nestedBase {
			cls = ExceptionGroupType
		}
	case cls == ExceptionGroupType:
		if nestedBase {
			return nil, NewError(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case nestedBase && cls.IsSubtype(ExceptionType):
		return nil, NewError(TypeErrorType, "Cannot nest BaseExceptions in '%s'", cls.Name())
	}
	return &Exception{Class: cls, Args: append([]Value(nil), args...), group: &excGroup{msg: msg, excs: excs}}, nil
}

// isSequence is PySequence_Check: the built-in sequences and objects
// whose class defines __getitem__ (but not mappings).
func isSequence(v Value) bool {
	switch x := v.(type) {
	case *List, *Tuple, Str, Bytes, *ByteArray, *Range, *BigRange:
		return true
	case *Instance:
		t := x.Type()
		return t.Lookup("__getitem__") != nil && !t.IsSubtype(DictType)
	}
	return false
}

// NewExceptionGroup is BaseExceptionGroup(msg, excs): an ExceptionGroup
// when every item is an Exception.
func NewExceptionGroup(th *Thread, msg string, excs []*Exception) (*Exception, error) {
	items := make([]Value, len(excs))
	for i, x := range excs {
		items[i] = x
	}
	v, err := newExceptionGroup(th, BaseExceptionGroupType, []Value{Str(msg), NewList(items)}, nil)
	if err != nil {
		return nil, err
	}
	return v.(*Exception), nil
}

// groupStr is BaseExceptionGroup.__str__: "msg (2 sub-exceptions)".
func (g *excGroup) str() string {
	s := "s"
	if len(g.excs) == 1 {
		s = ""
	}
	return string(g.msg) + " (" + strconv.Itoa(len(g.excs)) + " sub-exception" + s + ")"
}

// groupAttr returns message and exceptions.
func (g *excGroup) attr(name string) Value {
	switch name {
	case "message":
		return g.msg
	case "exceptions":
		items := make([]Value, len(g.excs))
		for i, x := range g.excs {
			items[i] = x
		}
		return NewTuple(items)
	}
	return nil
}

func groupSelf(name string, self Value) (*Exception, error) {
	e, ok := self.(*Exception)
	if !ok || e.group == nil {
		return nil, NewError(TypeErrorType, "descriptor '%s' for 'BaseExceptionGroup' objects doesn't apply to a '%s' object", name, TypeName(self))
	}
	return e, nil
}

// groupMatcher is the condition of split/subgroup: exception types
// (a class or a tuple of classes) or a predicate.
type groupMatcher struct {
	types Value               // a class or a tuple of classes
	pred  Value               // a callable
	leafs map[*Exception]bool // except*'s projection: these leaves
}

func groupMatcherArgs(name string, self Value, args []Value, kwargs []KwArg) (*Exception, *groupMatcher, error) {
	e, err := groupSelf(name, self)
	if err != nil {
		return nil, nil, err
	}
	if len(kwargs) > 0 {
		return nil, nil, NewError(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, nil, NewError(TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	m, err := newGroupMatcher(args[0])
	return e, m, err
}

// newGroupMatcher classifies a split condition as CPython's
// get_matcher_type does.
func newGroupMatcher(v Value) (*groupMatcher, error) {
	if t, ok := v.(*Type); ok {
		if t.Exception {
			return &groupMatcher{types: v}, nil
		}
	} else if IsCallable(v) {
		return &groupMatcher{pred: v}, nil
	}
	if tup, ok := v.(*Tuple); ok {
		for _, it := range tup.Items {
			if t, ok := it.(*Type); !ok || !t.Exception {
				return nil, errBadMatcher()
			}
		}
		return &groupMatcher{types: v}, nil
	}
	return nil, errBadMatcher()
}

func errBadMatcher() error {
	return NewError(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

func (m *groupMatcher) matches(th *Thread, e *Exception) (bool, error) {
	switch {
	case m.leafs != nil:
		return m.leafs[e], nil
	case m.pred != nil:
		r, err := Call(th, m.pred, []Value{e}, nil)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	return ExceptionMatches(e, m.types), nil
}

// ExceptionMatches reports whether e is an instance of t, a class or a
// tuple of classes, as an except clause tests (PyErr_GivenExceptionMatches,
// which also descends into nested tuples; the callers check t first).
func ExceptionMatches(e *Exception, t Value) bool {
	switch x := t.(type) {
	case *Type:
		return e.Class.IsSubtype(x)
	case *Tuple:
		for _, it := range x.Items {
			if ExceptionMatches(e, it) {
				return true
			}
		}
	}
	return false
}

// splitGroup is exceptiongroup_split_recursive: the part of e matching m
// and (when withRest) the rest, either possibly nil.
func splitGroup(th *Thread, e *Exception, m *groupMatcher, withRest bool) (match, rest *Exception, err error) {
	ok, err := m.matches(th, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if e.group == nil {
		if withRest {
			return nil, e, nil
		}
		return nil, nil, nil
	}
	th, err = EnterNative(th, " in exceptiongroup_split_recursive")
	if err != nil {
		return nil, nil, err
	}
	defer LeaveNative(th)
	var matched, rested []*Exception
	for _, x := range e.group.excs {
		mx, rx, err := splitGroup(th, x, m, withRest)
		if err != nil {
			return nil, nil, err
		}
		if mx != nil {
			matched = append(matched, mx)
		}
		if rx != nil {
			rested = append(rested, rx)
		}
	}
	if match, err = groupSubset(th, e, matched); err != nil {
		return nil, nil, err
	}
	if withRest {
		if rest, err = groupSubset(th, e, rested); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// groupSubset is exceptiongroup_subset: orig.derive(excs) carrying orig's
// traceback, cause, context and a copy of its notes; nil for no excs.
func groupSubset(th *Thread, orig *Exception, excs []*Exception) (*Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	items := make([]Value, len(excs))
	for i, x := range excs {
		items[i] = x
	}
	derive, err := GetAttr(th, orig, "derive")
	if err != nil {
		return nil, err
	}
	v, err := Call(th, derive, []Value{NewList(items)}, nil)
	if err != nil {
		return nil, err
	}
	eg, ok := v.(*Exception)
	if !ok || eg.group == nil {
		return nil, NewError(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	eg.setTraceback(orig.TracebackEntries())
	eg.Context = orig.Context
	eg.Cause = orig.Cause
	eg.SuppressContext = true
	notes, err := orig.GetAttr(th, "__notes__")
	if err != nil {
		return nil, err
	}
	if notes != nil && isSequence(notes) {
		list, err := IterateAll(th, notes)
		if err != nil {
			return nil, err
		}
		if err := eg.SetAttr(th, "__notes__", NewList(list)); err != nil {
			return nil, err
		}
	}
	return eg, nil
}

// CheckExceptType validates the type of an except clause, as CPython
// does before matching: an exception class or a tuple of them (nested
// tuples are not allowed).
func CheckExceptType(t Value) error {
	for _, v := range exceptTypes(t) {
		if c, ok := v.(*Type); !ok || !c.Exception {
			return NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
	}
	return nil
}

// exceptTypes is the list of classes an except clause's type names.
func exceptTypes(t Value) []Value {
	if tup, ok := t.(*Tuple); ok {
		return tup.Items
	}
	return []Value{t}
}

// CheckExceptStarType validates the type of an except* clause: that of an
// except clause, and none of the classes an exception group.
func CheckExceptStarType(t Value) error {
	if err := CheckExceptType(t); err != nil {
		return err
	}
	for _, v := range exceptTypes(t) {
		if v.(*Type).IsSubtype(BaseExceptionGroupType) {
			return NewError(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

// ExceptStarMatch is the matching step of an except* clause of type t
// (checked by CheckExceptStarType) against exc, what is left of the
// raised exception: match is the part the clause handles (nil for none;
// a matching naked exception comes wrapped in an ExceptionGroup) and
// rest what is left for the next clauses (nil when nothing is).
func ExceptStarMatch(th *Thread, exc *Exception, t Value) (match, rest *Exception, err error) {
	if ExceptionMatches(exc, t) {
		if exc.group != nil {
			return exc, nil, nil
		}
		w, err := newExceptionGroup(th, BaseExceptionGroupType, []Value{Str(""), NewTuple([]Value{exc})}, nil)
		if err != nil {
			return nil, nil, err
		}
		return w.(*Exception), nil, nil
	}
	if exc.group == nil {
		return nil, exc, nil
	}
	match, rest, err = splitGroup(th, exc, &groupMatcher{types: t}, true)
	if err != nil || match == nil {
		return nil, exc, err
	}
	return match, rest, nil
}

// PrepReraiseStar is what a try with except* clauses raises once they
// have run (_PyExc_PrepReraiseStar): excs are the exceptions the clauses
// raised or re-raised, then the unhandled rest. A re-raised part (same
// traceback, cause and context as orig, as after a bare `raise`) goes
// back into orig's shape; newly raised ones are grouped with it in an
// ExceptionGroup(”, ...). nil: nothing to raise.
func PrepReraiseStar(th *Thread, orig *Exception, excs []*Exception) (*Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	if orig.group == nil {
		// A naked exception: at most one clause ran.
		return excs[0], nil
	}
	var raised []*Exception
	keep := map[*Exception]bool{}
	for _, e := range excs {
		if sameMetadata(e, orig) {
			collectLeaves(e, keep)
		} else {
			raised = append(raised, e)
		}
	}
	reraised, _, err := splitGroup(th, orig, &groupMatcher{leafs: keep}, false)
	if err != nil {
		return nil, err
	}
	if reraised != nil {
		raised = append(raised, reraised)
	}
	switch len(raised) {
	case 0:
		return nil, nil
	case 1:
		return raised[0], nil
	}
	return NewExceptionGroup(th, "", raised)
}

// sameMetadata is is_same_exception_metadata: a and b share their
// traceback, cause and context (a is b, or a part split from b).
func sameMetadata(a, b *Exception) bool {
	ta, tb := a.TracebackEntries(), b.TracebackEntries()
	sameTB := len(ta) == len(tb) && (len(ta) == 0 || &ta[0] == &tb[0])
	return sameTB && a.Cause == b.Cause && a.Context == b.Context
}

// collectLeaves adds the non-group exceptions inside e to leaves.
func collectLeaves(e *Exception, leaves map[*Exception]bool) {
	if e.group == nil {
		leaves[e] = true
		return
	}
	for _, x := range e.group.excs {
		collectLeaves(x, leaves)
	}
}
