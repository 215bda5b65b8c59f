package runtime

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// pyArg is pyVal that also accepts None.
func pyArg(t testing.TB, s string) Value {
	if s == "None" {
		return None
	}
	return pyVal(t, s)
}

// outcomeTuple renders tuples independently of the tuple type's repr.
func outcomeTuple(th *Thread, v Value, err error) string {
	if tu, ok := v.(*Tuple); ok && err == nil {
		parts := make([]string, len(tu.Items))
		for i, it := range tu.Items {
			parts[i] = outcome(th, it, nil)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return outcome(th, v, err)
}

func TestNumbers2AgainstCPython(t *testing.T) {
	th := NewThread("test")
	fails := 0
	rows := loadStringRows(t, "cpython_numbers2.jsonl")
	for _, row := range rows {
		kind, a, b, c, want := row[0], row[1], row[2], row[3], row[4]
		var got string
		switch kind {
		case "repr":
			got = outcome(th, pyVal(t, a), nil)
		case "pow":
			v, err := BinaryOp(th, ast.Pow, pyVal(t, a), pyVal(t, b))
			got = outcome(th, v, err)
			if strings.HasPrefix(want, "(") && strings.HasSuffix(want, "j)") {
				want = "ValueError: negative number cannot be raised to a fractional power"
			}
		case "int":
			base, _ := strconv.Atoi(b)
			v, err := IntFromString(a, base)
			got = outcome(th, v, err)
		case "float":
			f, err := FloatFromString(a)
			got = outcome(th, Float(f), err)
		case "round":
			v, err := RoundValue(th, pyVal(t, a), pyArg(t, b))
			got = outcome(th, v, err)
		case "divmod":
			v, err := DivMod(th, pyVal(t, a), pyVal(t, b))
			got = outcomeTuple(th, v, err)
		case "pow3":
			v, err := Pow(th, pyVal(t, a), pyVal(t, b), pyVal(t, c))
			got = outcome(th, v, err)
		case "bin", "oct", "hex":
			base := map[string]int{"bin": 2, "oct": 8, "hex": 16}[kind]
			got = strRepr(IntToString(pyVal(t, a), base))
		default:
			t.Fatalf("unknown row kind %q", kind)
		}
		if got != want {
			fails++
			if fails < 40 {
				t.Errorf("%s(%s, %s, %s): got %q, want %q", kind, a, b, c, got, want)
			}
		}
	}
	require.Zero(t, fails, fmt.Sprintf("%d of %d rows differ", fails, len(rows)))
}
