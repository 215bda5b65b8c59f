package runtime

import (
	"github.com/spindle-lang/spindle/ast"
)

// The behaviour of slice objects: slice(...), repr, start/stop/step,
// indices(), comparisons (as the tuple (start, stop, step)); unhashable
// as in CPython 3.11.

var (
	_ HasRepr    = (*Slice)(nil)
	_ HasHash    = (*Slice)(nil)
	_ HasCompare = (*Slice)(nil)
	_ HasAttrs   = (*Slice)(nil)
)

func init() {
	SliceType.New = func(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
		if err := cArgCount("slice", "slice", args, kwargs, 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{Start: None, Stop: args[0], Step: None}, nil
		case 2:
			return &Slice{Start: args[0], Stop: args[1], Step: None}, nil
		}
		return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
	}
	SliceType.AddMethods(typedMethod("slice", "indices", func(th *Thread, s *Slice, args []Value, kwargs []KwArg) (Value, error) {
		if err := cOneArg("slice.indices", args, kwargs); err != nil {
			return nil, err
		}
		n, err := IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, NewError(ValueErrorType, "length should not be negative")
		}
		start, stop, step, err := SliceIndices(th, s, n)
		if err != nil {
			return nil, err
		}
		return NewTuple([]Value{MakeInt(int64(start)), MakeInt(int64(stop)), MakeInt(int64(step))}), nil
	}))
}

// NewSlice makes a slice object; nil parts become None.
func NewSlice(start, stop, step Value) *Slice {
	return &Slice{Start: sliceOrNone(start), Stop: sliceOrNone(stop), Step: sliceOrNone(step)}
}

func sliceOrNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

func (s *Slice) tuple() *Tuple {
	return NewTuple([]Value{sliceOrNone(s.Start), sliceOrNone(s.Stop), sliceOrNone(s.Step)})
}

// Repr is slice(1, 2, None).
func (s *Slice) Repr(th *Thread) (string, error) {
	r, err := s.tuple().Repr(th)
	if err != nil {
		return "", err
	}
	return "slice" + r, nil
}

// Hash fails: slices are unhashable in 3.11.
func (s *Slice) Hash(th *Thread) (int64, error) {
	return 0, NewError(TypeErrorType, "unhashable type: 'slice'")
}

// Compare compares slices as (start, stop, step) tuples.
func (s *Slice) Compare(th *Thread, op ast.Op, other Value) (Value, error) {
	o, ok := other.(*Slice)
	if !ok {
		return NotImplemented, nil
	}
	if s == o && (op == ast.Eq || op == ast.NotEq) {
		return Bool(op == ast.Eq), nil
	}
	return s.tuple().Compare(th, op, o.tuple())
}

// GetAttr provides start, stop and step.
func (s *Slice) GetAttr(th *Thread, name string) (Value, error) {
	switch name {
	case "start":
		return sliceOrNone(s.Start), nil
	case "stop":
		return sliceOrNone(s.Stop), nil
	case "step":
		return sliceOrNone(s.Step), nil
	}
	return nil, nil
}

// AttrNames lists the data attributes for dir().
func (s *Slice) AttrNames() []string { return []string{"start", "step", "stop"} }
