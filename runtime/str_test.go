package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

type strRow struct {
	recv   Value
	name   string
	args   []Value
	kwargs []KwArg
	want   string
}

// testRepr is repr() that does not depend on the container types' own
// repr (written elsewhere).
func testRepr(th *Thread, v Value) string {
	join := func(items []Value) string {
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = testRepr(th, it)
		}
		return strings.Join(parts, ", ")
	}
	switch x := v.(type) {
	case *List:
		return "[" + join(x.Items()) + "]"
	case *Tuple:
		if len(x.Items) == 1 {
			return "(" + testRepr(th, x.Items[0]) + ",)"
		}
		return "(" + join(x.Items) + ")"
	case *Dict:
		var parts []string
		for _, kv := range x.Items() {
			parts = append(parts, testRepr(th, kv[0])+": "+testRepr(th, kv[1]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	s, err := Repr(th, v)
	if err != nil {
		return "<repr failed: " + err.Error() + ">"
	}
	return s
}

func rowOutcome(v Value, err error) string {
	if err != nil {
		e := AsException(err)
		return e.Class.Name() + ": " + e.Message()
	}
	return "OK " + testRepr(nil, v)
}

func runStrRow(th *Thread, r strRow) string {
	arg := func(i int) Value { return r.args[i] }
	switch r.name {
	case "@getitem":
		return rowOutcome(GetItem(th, r.recv, arg(0)))
	case "@add":
		return rowOutcome(BinaryOp(th, ast.Add, r.recv, arg(0)))
	case "@mul":
		return rowOutcome(BinaryOp(th, ast.Mult, r.recv, arg(0)))
	case "@rmul":
		return rowOutcome(BinaryOp(th, ast.Mult, arg(0), r.recv))
	case "@mod":
		return rowOutcome(BinaryOp(th, ast.Mod, r.recv, arg(0)))
	case "@contains":
		ok, err := Contains(th, r.recv, arg(0))
		return rowOutcome(Bool(ok), err)
	case "@lt":
		return rowOutcome(Compare(th, ast.Lt, r.recv, arg(0)))
	case "@eq":
		return rowOutcome(Compare(th, ast.Eq, r.recv, arg(0)))
	case "@len":
		n, err := Len(th, r.recv)
		return rowOutcome(MakeInt(int64(n)), err)
	case "@repr":
		s, err := Repr(th, r.recv)
		return rowOutcome(Str(s), err)
	case "@ascii":
		s, err := Repr(th, r.recv)
		return rowOutcome(Str(EscapeNonASCII(s)), err)
	case "@str":
		s, err := ToStr(th, r.recv)
		return rowOutcome(Str(s), err)
	case "@format":
		s, err := FormatSpec(th, r.recv, string(arg(0).(Str)))
		return rowOutcome(Str(s), err)
	case "@call":
		return rowOutcome(Call(th, r.recv, r.args, r.kwargs))
	case "@iter":
		items, err := IterateAll(th, r.recv)
		return rowOutcome(NewList(items), err)
	}
	return rowOutcome(CallMethod(th, r.recv, r.name, r.args, r.kwargs))
}

func TestStrAgainstCPython(t *testing.T) {
	th := NewThread("test")
	fails := 0
	rows := loadStrRows(t)
	for _, r := range rows {
		got := runStrRow(th, r)
		if got != r.want {
			fails++
			if fails <= 60 {
				t.Errorf("%s.%s%s %v: got %q, want %q", testRepr(th, r.recv), r.name, testRepr(th, NewTuple(r.args)), r.kwargs, got, r.want)
			}
		}
	}
	require.Zero(t, fails, fmt.Sprintf("%d of %d rows differ", fails, len(rows)))
}
