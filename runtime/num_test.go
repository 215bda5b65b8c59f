package runtime

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// pyVal builds a value from a Python literal as the generated tables
// write them.
func pyVal(t testing.TB, s string) Value {
	switch s {
	case "True":
		return True
	case "False":
		return False
	case "inf":
		return Float(math.Inf(1))
	case "nan":
		return Float(math.NaN())
	}
	if strings.ContainsAny(s, ".en") {
		f, err := FloatFromString(s)
		require.NoError(t, err, s)
		return Float(f)
	}
	v, err := IntFromString(s, 10)
	require.NoError(t, err, s)
	return v
}

// outcome renders a result the way the generator does: repr, or
// "Type: message".
func outcome(th *Thread, v Value, err error) string {
	if err != nil {
		e := AsException(err)
		if len(e.Args) > 1 { // independent of tuple repr
			parts := make([]string, len(e.Args))
			for i, a := range e.Args {
				parts[i], _ = Repr(th, a)
			}
			return e.Class.Name() + ": (" + strings.Join(parts, ", ") + ")"
		}
		return e.Class.Name() + ": " + e.Message()
	}
	s, err := Repr(th, v)
	if err != nil {
		return outcome(th, nil, err)
	}
	return s
}

var binOps = map[string]ast.Op{
	"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv, "%": ast.Mod,
	"**": ast.Pow, "<<": ast.LShift, ">>": ast.RShift, "&": ast.BitAnd, "|": ast.BitOr, "^": ast.BitXor,
}

var cmpOps = map[string]ast.Op{
	"<": ast.Lt, "<=": ast.LtE, "==": ast.Eq, "!=": ast.NotEq, ">": ast.Gt, ">=": ast.GtE,
}

func TestNumbersAgainstCPython(t *testing.T) {
	th := NewThread("test")
	fails := 0
	rows := loadStringRows(t, "cpython_numbers.jsonl")
	for _, row := range rows {
		a, op, b, want := row[0], row[1], row[2], row[3]
		var got string
		switch {
		case op == "hash":
			if b == "nan" {
				continue // CPython 3.10+ hashes NaN by identity
			}
			h, err := Hash(th, pyVal(t, b))
			got = outcome(th, MakeInt(h), err)
		case op == "repr":
			got = outcome(th, pyVal(t, b), nil)
		case a == "":
			uop := map[string]ast.Op{"-": ast.USub, "+": ast.UAdd, "~": ast.Invert}[op]
			v, err := UnaryOp(th, uop, pyVal(t, b))
			got = outcome(th, v, err)
		case binOps[op] != 0:
			v, err := BinaryOp(th, binOps[op], pyVal(t, a), pyVal(t, b))
			got = outcome(th, v, err)
		default:
			v, err := Compare(th, cmpOps[op], pyVal(t, a), pyVal(t, b))
			got = outcome(th, v, err)
		}
		if got != want {
			fails++
			if fails < 40 {
				t.Errorf("%s %s %s: got %q, want %q", a, op, b, got, want)
			}
		}
	}
	require.Zero(t, fails, fmt.Sprintf("%d of %d rows differ", fails, len(rows)))
}
