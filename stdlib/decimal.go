package stdlib

import (
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The decimal module (basic): Decimal is a sign, a big.Int coefficient and
// a base-10 exponent, computed exactly and rounded to the context's
// precision with its rounding mode as CPython's _fix does; str follows
// the to-sci-string rules. Supported: construction from str, int, float
// (exact) and Decimal; + - * / // % ** (integral exponents), unary - +,
// abs, comparisons with Decimal and int (and float, exactly), hashing
// consistent with int/float/Fraction, quantize, to_integral_value,
// sqrt, normalize, round(). The context is one process-wide Context
// (getcontext, setcontext, localcontext); infinities and NaN are not
// supported.

var (
	decimalType    = newModuleType("Decimal", "decimal")
	contextType    = newModuleType("Context", "decimal")
	decExcBase     *rt.Type
	decInvalidOp   *rt.Type
	decDivByZero   *rt.Type
	decConvSyntax  *rt.Type
	decimalContext = newDecContextOf(28, "ROUND_HALF_EVEN")
)

// decContext holds its settings in one immutable decSettings, swapped
// atomically: arithmetic reads them on every operation without a lock;
// mu serializes the writers' read-modify-write.
type decContext struct {
	mu sync.Mutex
	s  atomic.Pointer[decSettings]
}

type decSettings struct {
	prec     int
	rounding string
}

func newDecContextOf(prec int, rounding string) *decContext {
	c := &decContext{}
	c.set(prec, rounding)
	return c
}

func (c *decContext) set(prec int, rounding string) {
	c.s.Store(&decSettings{prec: prec, rounding: rounding})
}

func (*decContext) Type() *rt.Type { return contextType }

func (c *decContext) get() (int, string) {
	s := c.s.Load()
	return s.prec, s.rounding
}

func (c *decContext) Repr(th *rt.Thread) (string, error) {
	p, r := c.get()
	return fmt.Sprintf("Context(prec=%d, rounding=%s, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])", p, r), nil
}

func (c *decContext) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	p, r := c.get()
	switch name {
	case "prec":
		return rt.MakeInt(int64(p)), nil
	case "rounding":
		return rt.Str(r), nil
	case "Emin":
		return rt.MakeInt(-999999), nil
	case "Emax":
		return rt.MakeInt(999999), nil
	}
	return nil, nil
}

func (c *decContext) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch name {
	case "prec":
		n, err := rt.IndexInt(v)
		if err != nil || n < 1 {
			return rt.NewError(rt.ValueErrorType, "valid range for prec is [1, MAX_PREC]")
		}
		c.set(n, c.s.Load().rounding)
		return nil
	case "rounding":
		s, ok := v.(rt.Str)
		if !ok || !validRounding(string(s)) {
			return rt.NewError(rt.TypeErrorType, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
		}
		c.set(c.s.Load().prec, string(s))
		return nil
	case "Emin", "Emax", "capitals", "clamp", "traps", "flags":
		return nil
	}
	return rt.NewError(rt.AttributeErrorType, "'decimal.Context' object has no attribute '%s'", name)
}

var roundings = []string{"ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"}

func validRounding(s string) bool {
	for _, r := range roundings {
		if r == s {
			return true
		}
	}
	return false
}

// decimal is (-1)**neg * coefficient * 10**exp. The coefficient is lo
// when hi is nil, else hi (>= 2**64, never modified): everyday values
// (prices, rates, counters) compute on uint64 without math/big.
type decimal struct {
	neg     bool
	special decSpecial // Infinity or a NaN (decimal_special.go)
	exp     int
	lo      uint64
	hi      *big.Int
}

// mkDec is the decimal of coefficient c >= 0 (c is kept, not copied,
// when it does not fit a uint64: the caller hands it over).
func mkDec(neg bool, c *big.Int, exp int) *decimal {
	if c.IsUint64() {
		return &decimal{neg: neg, lo: c.Uint64(), exp: exp}
	}
	return &decimal{neg: neg, hi: c, exp: exp}
}

// c is the coefficient as a big.Int; callers must not modify it.
func (d *decimal) c() *big.Int {
	if d.hi != nil {
		return d.hi
	}
	return new(big.Int).SetUint64(d.lo)
}

func (d *decimal) isZero() bool { return d.hi == nil && d.lo == 0 && d.special == decFinite }

func (*decimal) Type() *rt.Type { return decimalType }

var bigTen = big.NewInt(10)

// pow10Table holds 10**0 .. 10**63, the shifts of everyday arithmetic.
var pow10Table = func() (t [64]*big.Int) {
	t[0] = big.NewInt(1)
	for i := 1; i < len(t); i++ {
		t[i] = new(big.Int).Mul(t[i-1], bigTen)
	}
	return t
}()

// pow10 returns 10**n. The result may be shared: callers must not modify
// it.
func pow10(n int) *big.Int {
	if n >= 0 && n < len(pow10Table) {
		return pow10Table[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(int64(n)), nil)
}

func (d *decimal) digits() string {
	if d.hi == nil {
		return strconv.FormatUint(d.lo, 10)
	}
	return d.hi.String()
}

// ndigits is len(d.digits()) without formatting small coefficients.
func (d *decimal) ndigits() int {
	if d.hi == nil {
		return uintDigits(d.lo)
	}
	return numDigits(d.hi)
}

// numDigits is the number of decimal digits of c >= 0 (1 for 0).
func numDigits(c *big.Int) int {
	if !c.IsUint64() {
		return len(c.Text(10))
	}
	return uintDigits(c.Uint64())
}

// uintDigits is the number of decimal digits of u (1 for 0).
func uintDigits(u uint64) int {
	n := 1
	for n < len(pow10u) && u >= pow10u[n] {
		n++
	}
	return n
}

// pow10u holds 10**0 .. 10**19, the powers of ten a uint64 holds.
var pow10u = func() (t [20]uint64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

func decErr(cls *rt.Type, cond *rt.Type) error {
	return rt.NewException(cls, rt.NewList([]rt.Value{cond}))
}

// decRE is compiled on first use, not at process start (bench/README.md,
// lazy init of stdlib).
var decRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([-+])?(?:(\d*)(?:\.(\d*))?)(?:[eE]([-+]?\d+))?$`) })

func parseDecimal(s string) (*decimal, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	if d, ok := parseSpecial(s); ok {
		return d, true
	}
	m := decRE().FindStringSubmatch(s)
	if m == nil || (m[2] == "" && m[3] == "") {
		return nil, false
	}
	digits := m[2] + m[3]
	c, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, false
	}
	exp := -len(m[3])
	if m[4] != "" {
		var e int
		fmt.Sscanf(m[4], "%d", &e)
		exp += e
	}
	return mkDec(m[1] == "-", c, exp), true
}

func decFromRat(r *big.Rat) (*decimal, bool) {
	// exact only when the denominator is 2^a 5^b
	den := new(big.Int).Set(r.Denom())
	k := 0
	for den.Cmp(big.NewInt(1)) != 0 {
		q, m := new(big.Int).DivMod(den, big.NewInt(2), new(big.Int))
		if m.Sign() == 0 {
			den = q
			k++
			continue
		}
		q, m = new(big.Int).DivMod(den, big.NewInt(5), new(big.Int))
		if m.Sign() == 0 {
			den = q
			k++
			continue
		}
		return nil, false
	}
	// r = num / den0 with den0 | 10^k
	scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(pow10(k)))
	c := new(big.Int).Set(scaled.Num())
	neg := c.Sign() < 0
	c.Abs(c)
	d := mkDec(neg, c, -k)
	return d.trimTo(0), true
}

// trimTo removes trailing zeros while the exponent is below ideal.
func (d *decimal) trimTo(ideal int) *decimal {
	c := new(big.Int).Set(d.c())
	e := d.exp
	r := new(big.Int)
	for e < ideal && c.Sign() != 0 {
		q, m := new(big.Int).DivMod(c, bigTen, r)
		if m.Sign() != 0 {
			break
		}
		c = q
		e++
	}
	if c.Sign() == 0 && e < ideal {
		e = ideal
	}
	return mkDec(d.neg, c, e)
}

func (d *decimal) rat() *big.Rat {
	r := new(big.Rat).SetInt(d.c())
	if d.exp >= 0 {
		r.Mul(r, new(big.Rat).SetInt(pow10(d.exp)))
	} else {
		r.Quo(r, new(big.Rat).SetInt(pow10(-d.exp)))
	}
	if d.neg {
		r.Neg(r)
	}
	return r
}

// roundCoeff drops n low digits of c with the rounding mode.
func roundCoeff(c *big.Int, n int, neg bool, mode string) *big.Int {
	if n <= 0 {
		return new(big.Int).Set(c)
	}
	p := pow10(n)
	q, rem := new(big.Int).QuoRem(c, p, new(big.Int))
	if rem.Sign() == 0 {
		return q
	}
	half := new(big.Int).Quo(p, big.NewInt(2))
	last := uint(new(big.Int).Mod(q, bigTen).Uint64())
	up := roundsUp(mode, rem.Cmp(half), last, neg)
	if up {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// fix rounds d to the context precision (CPython's _fix without the
// exponent limits).
func (d *decimal) fix() *decimal {
	prec, mode := decimalContext.get()
	if d.hi == nil && prec >= len(pow10u) || d.special != decFinite {
		return d // a uint64 has at most 20 digits
	}
	n := d.ndigits()
	if d.isZero() || n <= prec {
		return d
	}
	drop := n - prec
	c := roundCoeff(d.c(), drop, d.neg, mode)
	e := d.exp + drop
	if numDigits(c) > prec {
		c.Quo(c, bigTen)
		e++
	}
	return mkDec(d.neg, c, e)
}

func (d *decimal) Str(th *rt.Thread) (string, error) { return d.sci(), nil }

func (d *decimal) sci() string {
	var buf [48]byte
	return string(d.appendSci(buf[:0]))
}

// appendSci appends the to-sci-string form of d to b.
func (d *decimal) appendSci(b []byte) []byte {
	if d.special != decFinite {
		return d.appendSpecial(b)
	}
	if d.neg {
		b = append(b, '-')
	}
	var dbuf [20]byte
	var digits []byte
	if d.hi == nil {
		digits = strconv.AppendUint(dbuf[:0], d.lo, 10)
	} else {
		digits = d.hi.Append(dbuf[:0], 10)
	}
	leftdigits := d.exp + len(digits)
	var dotplace int
	if d.exp <= 0 && leftdigits > -6 {
		dotplace = leftdigits
	} else {
		dotplace = 1
	}
	switch {
	case dotplace <= 0:
		b = append(b, "0."...)
		for range -dotplace {
			b = append(b, '0')
		}
		b = append(b, digits...)
	case dotplace >= len(digits):
		b = append(b, digits...)
		for range dotplace - len(digits) {
			b = append(b, '0')
		}
	default:
		b = append(b, digits[:dotplace]...)
		b = append(b, '.')
		b = append(b, digits[dotplace:]...)
	}
	if e := leftdigits - dotplace; e != 0 {
		b = append(b, 'E')
		if e > 0 {
			b = append(b, '+')
		}
		b = strconv.AppendInt(b, int64(e), 10)
	}
	return b
}

func (d *decimal) Repr(th *rt.Thread) (string, error) { return "Decimal('" + d.sci() + "')", nil }

func (d *decimal) Truth(th *rt.Thread) (bool, error) { return !d.isZero(), nil }

func (d *decimal) Hash(th *rt.Thread) (int64, error) {
	if d.isSpecial() {
		return specialHash(d)
	}
	r := d.rat()
	if r.IsInt() {
		return rt.Hash(th, rt.NewBigInt(new(big.Int).Set(r.Num())))
	}
	return (&fraction{r: r}).Hash(th)
}

func toDecimal(v rt.Value) (*decimal, bool) {
	switch x := instBase(v).(type) {
	case *decimal:
		return x, true
	}
	if rt.IsIntValue(v) {
		b := rt.ToBig(v)
		return mkDec(b.Sign() < 0, new(big.Int).Abs(b), 0), true
	}
	return nil, false
}

func (d *decimal) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	other, ok := complexAsReal(op, other)
	if !ok {
		return rt.NotImplemented, nil
	}
	if o, ok := toDecimal(other); ok {
		if d.isSpecial() || o.isSpecial() {
			return specialCompare(op, d, o)
		}
		return rt.Bool(cmpOp(op, d.rat().Cmp(o.rat()))), nil
	}
	if f, ok := other.(rt.Float); ok && (math.IsInf(float64(f), 0) || math.IsNaN(float64(f))) {
		return specialCompare(op, d, decFromSpecialFloat(float64(f)))
	}
	if d.isSpecial() {
		// A special value compares with every finite number as with 0.
		if _, isF := instBase(other).(*fraction); isF || other.Type() == rt.FloatType {
			return specialCompare(op, d, &decimal{})
		}
	}
	if f, ok := other.(rt.Float); ok {
		r := new(big.Rat)
		r.SetFloat64(float64(f))
		return rt.Bool(cmpOp(op, d.rat().Cmp(r))), nil
	}
	if fr, ok := instBase(other).(*fraction); ok {
		return rt.Bool(cmpOp(op, d.rat().Cmp(fr.r))), nil
	}
	return rt.NotImplemented, nil
}

func decAdd(a, b *decimal, sub bool) *decimal {
	if r, ok := decAddSmall(a, b, b.neg != sub); ok {
		return r.fix()
	}
	e := min(a.exp, b.exp)
	ac, bc := scaleCoeff(a.c(), a.exp-e), scaleCoeff(b.c(), b.exp-e)
	bneg := b.neg != sub
	s := new(big.Int)
	neg := a.neg
	if a.neg == bneg {
		s.Add(ac, bc)
	} else if s.Sub(ac, bc); s.Sign() < 0 {
		s.Neg(s)
		neg = !neg
	}
	if s.Sign() == 0 {
		_, mode := decimalContext.get()
		neg = (a.neg && bneg) || (mode == "ROUND_FLOOR" && a.neg != bneg)
	}
	return mkDec(neg, s, e).fix()
}

// scaleCoeff is c * 10**n; for n == 0 it is c itself, not to be modified.
func scaleCoeff(c *big.Int, n int) *big.Int {
	if n == 0 {
		return c
	}
	return new(big.Int).Mul(c, pow10(n))
}

func decDiv(a, b *decimal) (*decimal, error) {
	if b.isZero() {
		if a.isZero() {
			return nil, decErr(decInvalidOp, goClassOrSelf("DivisionUndefined"))
		}
		return nil, decErr(decDivByZero, decDivByZero)
	}
	neg := a.neg != b.neg
	if a.isZero() {
		return &decimal{neg: neg, exp: a.exp - b.exp}, nil
	}
	prec, _ := decimalContext.get()
	shift := b.ndigits() - a.ndigits() + prec + 1
	exp := a.exp - b.exp - shift
	var coeff, rem *big.Int
	if shift >= 0 {
		coeff, rem = new(big.Int).QuoRem(new(big.Int).Mul(a.c(), pow10(shift)), b.c(), new(big.Int))
	} else {
		coeff, rem = new(big.Int).QuoRem(a.c(), new(big.Int).Mul(b.c(), pow10(-shift)), new(big.Int))
	}
	if rem.Sign() != 0 {
		if new(big.Int).Mod(coeff, big.NewInt(5)).Sign() == 0 {
			coeff.Add(coeff, big.NewInt(1))
		}
	} else {
		ideal := a.exp - b.exp
		for exp < ideal && new(big.Int).Mod(coeff, bigTen).Sign() == 0 {
			coeff.Quo(coeff, bigTen)
			exp++
		}
	}
	return mkDec(neg, coeff, exp).fix(), nil
}

var decConds = map[string]*rt.Type{}

func goClassOrSelf(name string) *rt.Type {
	if t, ok := decConds[name]; ok {
		return t
	}
	return decInvalidOp
}

// divmodInt is the integer quotient (truncated toward zero, as decimal's
// // does) and the remainder with the dividend's sign.
func decDivMod(a, b *decimal) (*decimal, *decimal, error) {
	if b.isZero() {
		return nil, nil, decErr(decInvalidOp, goClassOrSelf("DivisionUndefined"))
	}
	e := min(a.exp, b.exp)
	ac := new(big.Int).Mul(a.c(), pow10(a.exp-e))
	bc := new(big.Int).Mul(b.c(), pow10(b.exp-e))
	q, r := new(big.Int).QuoRem(ac, bc, new(big.Int))
	return mkDec(a.neg != b.neg && q.Sign() != 0, q, 0),
		mkDec(a.neg && r.Sign() != 0, r, e).fix(), nil
}

func (d *decimal) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	o, ok := toDecimal(other)
	if !ok {
		return rt.NotImplemented, nil
	}
	a, b := d, o
	if right {
		a, b = o, d
	}
	if a.special != decFinite || b.special != decFinite {
		return specialBinary(op, a, b)
	}
	switch op {
	case ast.Add:
		return decAdd(a, b, false), nil
	case ast.Sub:
		return decAdd(a, b, true), nil
	case ast.Mult:
		if r, ok := decMulSmall(a, b); ok {
			return r.fix(), nil
		}
		return mkDec(a.neg != b.neg, new(big.Int).Mul(a.c(), b.c()), a.exp+b.exp).fix(), nil
	case ast.Div:
		r, err := decDiv(a, b)
		if err != nil {
			return nil, err
		}
		return r, nil
	case ast.FloorDiv:
		q, _, err := decDivMod(a, b)
		if err != nil {
			return nil, err
		}
		return q, nil
	case ast.Mod:
		_, r, err := decDivMod(a, b)
		if err != nil {
			return nil, err
		}
		return r, nil
	case ast.Pow:
		if b.exp >= 0 && b.rat().IsInt() {
			n := b.rat().Num()
			if !n.IsInt64() {
				return nil, rt.NewError(rt.OverflowErrorType, "exponent too large")
			}
			k := n.Int64()
			res := mkDec(a.neg && k%2 != 0, new(big.Int).Exp(a.c(), big.NewInt(abs64(k)), nil), a.exp*int(abs64(k)))
			if k < 0 {
				return decDiv(&decimal{lo: 1}, res)
			}
			return res.fix(), nil
		}
		af, _ := a.rat().Float64()
		bf, _ := b.rat().Float64()
		v, err := rt.BinaryOp(th, ast.Pow, rt.Float(af), rt.Float(bf))
		if err != nil {
			return nil, err
		}
		r := new(big.Rat)
		r.SetFloat64(float64(v.(rt.Float)))
		x, _ := decFromRat(r)
		return x.fix(), nil
	}
	return rt.NotImplemented, nil
}

// decDivModValue is divmod(d, other) (divmod(other, d) when right): the
// quotient and remainder of // and %.
func decDivModValue(th *rt.Thread, d *decimal, args []rt.Value, right bool) (rt.Value, error) {
	if len(args) != 1 {
		return nil, rt.NewError(rt.TypeErrorType, "expected 1 argument, got %d", len(args))
	}
	q, err := d.Binary(th, ast.FloorDiv, args[0], right)
	if err != nil || q == rt.NotImplemented {
		return q, err
	}
	r, err := d.Binary(th, ast.Mod, args[0], right)
	if err != nil {
		return nil, err
	}
	return rt.NewTuple([]rt.Value{q, r}), nil
}

func (d *decimal) Unary(th *rt.Thread, op ast.Op) (rt.Value, error) {
	if d.isSpecial() {
		return specialUnary(op, d)
	}
	switch op {
	case ast.USub:
		// -0 is 0, except under ROUND_FLOOR (CPython's __neg__).
		neg := !d.neg
		if d.isZero() {
			_, mode := decimalContext.get()
			neg = neg && mode == "ROUND_FLOOR"
		}
		return (&decimal{neg: neg, lo: d.lo, hi: d.hi, exp: d.exp}).fix(), nil
	case ast.UAdd:
		neg := d.neg
		if d.isZero() {
			_, mode := decimalContext.get()
			neg = neg && mode == "ROUND_FLOOR"
		}
		return (&decimal{neg: neg, lo: d.lo, hi: d.hi, exp: d.exp}).fix(), nil
	}
	return rt.NotImplemented, nil
}

func (d *decimal) Format(th *rt.Thread, spec string) (string, error) {
	if spec == "" {
		return d.sci(), nil
	}
	return decFormat(d, spec)
}

func (d *decimal) quantize(exp int, mode string) *decimal {
	if r, ok := d.quantizeSmall(exp, mode); ok {
		return r
	}
	if d.exp >= exp {
		return mkDec(d.neg, new(big.Int).Mul(d.c(), pow10(d.exp-exp)), exp)
	}
	c := roundCoeff(d.c(), exp-d.exp, d.neg, mode)
	return mkDec(d.neg, c, exp)
}

func newDecimal(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var v rt.Value = rt.Str("0")
	if err := rt.UnpackArgs("Decimal", args, kwargs, "value?", &v, "context?", new(rt.Value)); err != nil {
		return nil, err
	}
	if d, ok := toDecimal(v); ok {
		c := *d
		return &c, nil
	}
	switch x := v.(type) {
	case rt.Str:
		d, ok := parseDecimal(string(x))
		if !ok {
			return nil, decErr(decInvalidOp, decConvSyntax)
		}
		return d, nil
	case rt.Float:
		if math.IsInf(float64(x), 0) || math.IsNaN(float64(x)) {
			return decFromSpecialFloat(float64(x)), nil
		}
		r := new(big.Rat)
		r.SetFloat64(float64(x))
		d, _ := decFromRat(r)
		if float64(x) == 0 || (d.isZero()) {
			return &decimal{neg: math.Signbit(float64(x))}, nil
		}
		return d, nil
	case *rt.Tuple:
		if len(x.Items) == 3 {
			sign, _ := rt.AsInt64(x.Items[0])
			ds, _ := rt.IterateAll(th, x.Items[1])
			var b strings.Builder
			for _, dv := range ds {
				n, _ := rt.AsInt64(dv)
				b.WriteByte(byte('0' + n))
			}
			e, _ := rt.AsInt64(x.Items[2])
			c, ok := new(big.Int).SetString(b.String(), 10)
			if !ok {
				c = big.NewInt(0)
			}
			return mkDec(sign == 1, c, int(e)), nil
		}
	}
	return nil, rt.NewError(rt.TypeErrorType, "conversion from %s to Decimal is not supported", rt.TypeName(v))
}

// loadDecimalModule makes the decimal module (registered in modules.go).
func loadDecimalModule() *rt.Module {
	setupDecimalTypes()
	m := rt.NewModule("decimal")
	m.Dict.SetStr("Decimal", decimalType)
	m.Dict.SetStr("Context", contextType)
	for _, r := range roundings {
		m.Dict.SetStr(r, rt.Str(r))
	}
	for _, t := range []*rt.Type{decExcBase, decInvalidOp, decDivByZero, decConvSyntax} {
		m.Dict.SetStr(t.Name(), t)
	}
	m.Dict.SetStr("getcontext", rt.NewFunc("getcontext", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return decimalContext, nil
	}))
	m.Dict.SetStr("setcontext", rt.NewFunc("setcontext", decSetContext))
	m.Dict.SetStr("localcontext", rt.NewFunc("localcontext", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		p, r := decimalContext.get()
		return &decLocal{prec: p, rounding: r}, nil
	}))
	return m
}

// decimalSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var decimalSetup sync.Once

func setupDecimalTypes() { decimalSetup.Do(initDecimalTypes) }

func initDecimalTypes() {
	contextType.New = newDecContext
	decimalType.New = newDecimal
	exc := rt.ExceptionTypes()["ArithmeticError"]
	decExcBase = goClass("DecimalException", "decimal", []*rt.Type{exc})
	decInvalidOp = goClass("InvalidOperation", "decimal", []*rt.Type{decExcBase})
	decDivByZero = goClass("DivisionByZero", "decimal", []*rt.Type{decExcBase, rt.ZeroDivisionErrorType})
	decConvSyntax = goClass("ConversionSyntax", "decimal", []*rt.Type{decInvalidOp})
	decConds["DivisionUndefined"] = goClass("DivisionUndefined", "decimal", []*rt.Type{decInvalidOp, rt.ZeroDivisionErrorType})
	dm := func(name string, fn func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d, ok := instBase(self).(*decimal)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a 'decimal.Decimal' object", name)
			}
			return fn(th, d, args, kwargs)
		})
	}
	decimalType.AddMethods(
		dm("quantize", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var expV, rounding rt.Value = nil, rt.None
			switch {
			case len(args) == 1 && len(kwargs) == 0:
				expV = args[0]
			case len(args) == 1 && len(kwargs) == 1 && kwargs[0].Name == "rounding":
				// telco's x.quantize(cents, rounding=...), parsed
				// without UnpackArgs.
				expV, rounding = args[0], kwargs[0].Value
			default:
				if err := rt.UnpackArgs("quantize", args, kwargs, "exp", &expV, "rounding?", &rounding, "context?", new(rt.Value)); err != nil {
					return nil, err
				}
			}
			e, ok := toDecimal(expV)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "conversion from %s to Decimal is not supported", rt.TypeName(expV))
			}
			if d.isSpecial() || e.isSpecial() {
				if r, ok, err := nanOperand(d, e); ok {
					return r, err
				}
				if d.isInf() && e.isInf() {
					return d, nil
				}
				return nil, invalidOp()
			}
			prec, mode := decimalContext.get()
			if s, ok := rounding.(rt.Str); ok {
				mode = string(s)
			}
			q := d.quantize(e.exp, mode)
			if q.ndigits() > prec && !q.isZero() {
				return nil, decErr(decInvalidOp, decInvalidOp)
			}
			return q, nil
		}),
		dm("to_integral_value", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			_, mode := decimalContext.get()
			var rounding rt.Value = rt.None
			rt.UnpackArgs("to_integral_value", args, kwargs, "rounding?", &rounding, "context?", new(rt.Value))
			if s, ok := rounding.(rt.Str); ok {
				mode = string(s)
			}
			if r, ok, err := nanOperand(d, nil); ok {
				return r, err
			}
			if d.exp >= 0 || d.isInf() {
				return d, nil
			}
			return d.quantize(0, mode), nil
		}),
		dm("normalize", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if r, ok, err := nanOperand(d, nil); ok {
				return r, err
			}
			if d.isInf() {
				return d, nil
			}
			x := d.fix().trimTo(1 << 30)
			if x.isZero() {
				return &decimal{neg: d.neg}, nil
			}
			return x, nil
		}),
		dm("sqrt", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if r, ok, err := nanOperand(d, nil); ok {
				return r, err
			}
			if d.neg && !d.isZero() {
				return nil, decErr(decInvalidOp, decInvalidOp)
			}
			if d.isInf() {
				return d, nil
			}
			prec, _ := decimalContext.get()
			// scale so the integer sqrt has prec+1 digits, then round.
			e := d.exp
			c := new(big.Int).Set(d.c())
			if e%2 != 0 {
				c.Mul(c, bigTen)
				e--
			}
			extra := 2*(prec+2) - numDigits(c)
			if extra%2 != 0 {
				extra++
			}
			if extra > 0 {
				c.Mul(c, pow10(extra))
				e -= extra
			}
			s := new(big.Int).Sqrt(c)
			exact := new(big.Int).Mul(s, s).Cmp(c) == 0
			res := mkDec(false, s, e/2)
			if !exact {
				// nudge so rounding sees an inexact tail
				res = mkDec(false, new(big.Int).Add(new(big.Int).Mul(s, bigTen), big.NewInt(1)), e/2-1)
				return res.fix(), nil
			}
			return res.fix().trimTo(d.exp / 2), nil
		}),
		dm("__float__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if d.isSpecial() {
				return specialToFloat(d)
			}
			f, _ := d.rat().Float64()
			return rt.Float(f), nil
		}),
		dm("__int__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if d.isSpecial() {
				return nil, specialToInt(d)
			}
			r := d.rat()
			return rt.NewBigInt(new(big.Int).Quo(r.Num(), r.Denom())), nil
		}),
		dm("__round__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if d.isSpecial() {
				if len(args) == 0 || args[0] == rt.None {
					return nil, specialToInt(d)
				}
				if r, ok, err := nanOperand(d, nil); ok {
					return r, err
				}
				return nil, invalidOp()
			}
			if len(args) == 0 || args[0] == rt.None {
				q := d.quantize(0, "ROUND_HALF_EVEN")
				c := new(big.Int).Set(q.c())
				if q.neg {
					c.Neg(c)
				}
				return rt.NewBigInt(c), nil
			}
			n, _ := rt.AsInt64(args[0])
			_, mode := decimalContext.get()
			return d.quantize(int(-n), mode), nil
		}),
		dm("__abs__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if d.isSpecial() {
				return specialUnary(ast.Invert, d)
			}
			return (&decimal{lo: d.lo, hi: d.hi, exp: d.exp}).fix(), nil
		}),
		dm("as_tuple", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var ds []rt.Value
			for _, c := range d.digits() {
				ds = append(ds, rt.MakeInt(int64(c-'0')))
			}
			sign := int64(0)
			if d.neg {
				sign = 1
			}
			var exp rt.Value = rt.MakeInt(int64(d.exp))
			if d.isSpecial() {
				ds, exp = specialTuple(d)
			}
			return newNamedTuple(decimalTupleType, []string{"sign", "digits", "exponent"}, []rt.Value{rt.MakeInt(sign), rt.NewTuple(ds), exp}), nil
		}),
		dm("is_zero", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(d.isZero()), nil
		}),
		dm("is_signed", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(d.neg), nil
		}),
		dm("adjusted", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if d.isSpecial() {
				return rt.MakeInt(0), nil
			}
			return rt.MakeInt(int64(d.exp + d.ndigits() - 1)), nil
		}),
		dm("__divmod__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return decDivModValue(th, d, args, false)
		}),
		dm("__rdivmod__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return decDivModValue(th, d, args, true)
		}),
		dm("__copy__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) { return d, nil }),
		dm("__deepcopy__", func(th *rt.Thread, d *decimal, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) { return d, nil }),
	)
	decimalType.AddMethods(decimalExtraMethods(dm)...)
	decimalType.Dict.SetStr("from_float", decimalFromFloat())
	decLocalType.AddMethods(
		rt.NewMethod("__enter__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return decimalContext, nil
		}),
		rt.NewMethod("__exit__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			l := self.(*decLocal)
			decimalContext.set(l.prec, l.rounding)
			return rt.False, nil
		}),
	)
}

// decLocal is localcontext(): it restores the context's settings on exit.
type decLocal struct {
	prec     int
	rounding string
}

var decLocalType = newModuleType("_ContextManager", "decimal")

var decimalTupleType = rt.NewBuiltinType("DecimalTuple", rt.TupleType)

func (*decLocal) Type() *rt.Type { return decLocalType }
