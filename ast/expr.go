package ast

// Name is a bare identifier: `x`.
type Name struct {
	Pos
	Id string
}

// ConstKind says which constant a Constant node holds.
type ConstKind int

// The kinds of Constant.
const (
	ConstNone ConstKind = iota
	ConstTrue
	ConstFalse
	ConstEllipsis
)

// Constant is `None`, `True`, `False` or `...`.
type Constant struct {
	Pos
	Kind ConstKind
}

// Int is an integer literal. Digits holds the literal without `_`
// separators and with its base prefix removed; Base is 2, 8, 10 or 16.
type Int struct {
	Pos
	Digits string
	Base   int
}

// Float is a float literal, already converted; with Imag set it is an
// imaginary literal (2.5j has Value 2.5).
type Float struct {
	Pos
	Value float64
	Imag  bool
}

// Str is a string literal (adjacent literals already concatenated, escapes
// decoded). A literal that contains f-string parts is a JoinedStr instead.
type Str struct {
	Pos
	Value string
}

// Bytes is a bytes literal; Value holds the raw bytes.
type Bytes struct {
	Pos
	Value string
}

// JoinedStr is an f-string: Values are Str and FormattedValue nodes.
type JoinedStr struct {
	Pos
	Values []Expr
}

// FormattedValue is one `{value!conv:spec}` field of an f-string.
// Conversion is 0, 'r', 's' or 'a'. FormatSpec is nil or a JoinedStr.
// The `{x=}` form is expanded by the parser into a Str "x=" followed by a
// FormattedValue (with Conversion 'r' unless a spec or conversion is given).
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion rune
	FormatSpec Expr
}

// BinOp is `Left Op Right` for arithmetic and bitwise operators.
type BinOp struct {
	Pos
	Op          Op
	Left, Right Expr
}

// UnaryOp is `Op Operand` (`-x`, `+x`, `~x`, `not x`).
type UnaryOp struct {
	Pos
	Op      Op
	Operand Expr
}

// BoolOp is `a and b and c` or `a or b`; Values has two or more items.
type BoolOp struct {
	Pos
	Op     Op
	Values []Expr
}

// Compare is a comparison chain: `Left Ops[0] Comparators[0] Ops[1] ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []Op
	Comparators []Expr
}

// Keyword is `name=value` in a call or class header; Name is "" for
// `**value`.
type Keyword struct {
	Pos
	Name  string
	Value Expr
}

// Call is `Func(Args..., Keywords...)`. Args may contain Starred for
// `*iterable`.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []Keyword
}

// Attribute is `Value.Attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
}

// Subscript is `Value[Index]`. A multi-dimensional index `a[i, j]` has a
// Tuple as Index; a slice index has a Slice.
type Subscript struct {
	Pos
	Value Expr
	Index Expr
}

// Slice is `Lower:Upper:Step` inside a subscript; any part may be nil.
type Slice struct {
	Pos
	Lower, Upper, Step Expr
}

// Starred is `*Value` in a call, a display or an assignment target.
type Starred struct {
	Pos
	Value Expr
}

// List is a list display `[a, b, *c]`.
type List struct {
	Pos
	Elts []Expr
}

// Tuple is a tuple display `(a, b)` or a bare `a, b`.
type Tuple struct {
	Pos
	Elts []Expr
}

// Set is a set display `{a, b}`.
type Set struct {
	Pos
	Elts []Expr
}

// Dict is a dict display. Keys[i] is nil for a `**Values[i]` unpacking.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Pos
	Test, Body, Orelse Expr
}

// NamedExpr is `Target := Value`.
type NamedExpr struct {
	Pos
	Target *Name
	Value  Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// Comprehension is one `for Target in Iter if Ifs...` clause.
type Comprehension struct {
	Pos
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Pos
	Key, Value Expr
	Generators []*Comprehension
}

// Yield is `yield` or `yield Value` (Value may be nil).
type Yield struct {
	Pos
	Value Expr
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Arg is one parameter: its name, optional annotation and default.
type Arg struct {
	Pos
	Name       string
	Annotation Expr
	Default    Expr
}

// Arguments is a parameter list:
// `PosOnly..., /, Args..., *Vararg, KwOnly..., **Kwarg`.
// A bare `*` gives KwOnly parameters with Vararg nil.
type Arguments struct {
	Pos
	PosOnly []*Arg
	Args    []*Arg
	Vararg  *Arg
	KwOnly  []*Arg
	Kwarg   *Arg
}

func (*Name) exprNode()           {}
func (*Constant) exprNode()       {}
func (*Int) exprNode()            {}
func (*Float) exprNode()          {}
func (*Str) exprNode()            {}
func (*Bytes) exprNode()          {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Starred) exprNode()        {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*IfExp) exprNode()          {}
func (*NamedExpr) exprNode()      {}
func (*Lambda) exprNode()         {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*GeneratorExp) exprNode()   {}
func (*DictComp) exprNode()       {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
