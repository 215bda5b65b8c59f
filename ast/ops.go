package ast

// Op names an operator: binary, unary, comparison or boolean.
type Op int

// Binary operators (BinOp, AugAssign).
const (
	Add Op = iota + 1
	Sub
	Mult
	MatMult
	Div
	FloorDiv
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd

	// Unary operators (UnaryOp).
	Invert
	Not
	UAdd
	USub

	// Comparison operators (Compare).
	Eq
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn

	// Boolean operators (BoolOp).
	And
	Or
)

var opText = map[Op]string{
	Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", FloorDiv: "//",
	Mod: "%", Pow: "**", LShift: "<<", RShift: ">>", BitOr: "|", BitXor: "^",
	BitAnd: "&", Invert: "~", Not: "not", UAdd: "+", USub: "-", Eq: "==",
	NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is",
	IsNot: "is not", In: "in", NotIn: "not in", And: "and", Or: "or",
}

// String returns the operator as written in source ("+", "not in", ...).
func (op Op) String() string {
	if s, ok := opText[op]; ok {
		return s
	}
	return "?"
}

// BinaryOpFromText maps "+", "//", ... to the binary operator; the second
// result is false for anything else. Augmented forms ("+=") are accepted.
func BinaryOpFromText(s string) (Op, bool) {
	if len(s) > 1 && s[len(s)-1] == '=' && s != "==" && s != "<=" && s != ">=" && s != "!=" {
		s = s[:len(s)-1]
	}
	for op := Add; op <= BitAnd; op++ {
		if opText[op] == s {
			return op, true
		}
	}
	return 0, false
}
