package stdlib

import (
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"os"
	"sync"
	"time"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/runtime/libm"
)

const astAdd = ast.Add

// The random module: CPython's Mersenne Twister (MT19937) with CPython's
// seeding (init_by_array over the 32-bit chunks of |seed|; a str or bytes
// seed is first extended with its SHA-512 digest, as CPython 3.11's
// version 2 seeding does) and CPython's algorithms for every derived
// function (random() from two draws of 27 and 26 bits, _randbelow by
// rejection of getrandbits(k), shuffle, sample, choices, gauss, ...), so a
// seeded program produces exactly CPython's numbers.
//
// The module functions share one generator; random.Random(seed) makes
// independent ones. Each generator has a mutex: calls from several
// threads never corrupt the state (their interleaving is not
// deterministic, as in CPython).

const (
	mtN = 624
	mtM = 397
)

type mt19937 struct {
	state [mtN]uint32
	index int
}

func (m *mt19937) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		m.state[i] = 1812433253*(m.state[i-1]^(m.state[i-1]>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
	m.index = mtN
}

func (m *mt19937) genrand() uint32 {
	if m.index >= mtN {
		const upper, lower = 0x80000000, 0x7fffffff
		mag := [2]uint32{0, 0x9908b0df}
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (m.state[kk] & upper) | (m.state[kk+1] & lower)
			m.state[kk] = m.state[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (m.state[kk] & upper) | (m.state[kk+1] & lower)
			m.state[kk] = m.state[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (m.state[mtN-1] & upper) | (m.state[0] & lower)
		m.state[mtN-1] = m.state[mtM-1] ^ (y >> 1) ^ mag[y&1]
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// pyRandom is a random.Random instance.
type pyRandom struct {
	mu        sync.Mutex
	mt        mt19937
	gaussNext float64
	hasGauss  bool
}

var randomType = newModuleType("Random", "random")

func (*pyRandom) Type() *rt.Type { return randomType }

func asRandom(v rt.Value) *pyRandom {
	r, _ := instBase(v).(*pyRandom)
	return r
}

// seedBig seeds from a non-negative integer.
func (r *pyRandom) seedBig(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits()
	var key []uint32
	// big.Word is 64 bits on the platforms we build for; split each word.
	for _, w := range words {
		key = append(key, uint32(uint64(w)), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.mt.initByArray(key)
	r.hasGauss = false
}

func (r *pyRandom) seed(th *rt.Thread, a rt.Value) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch x := a.(type) {
	case rt.Str:
		b := []byte(string(x))
		sum := sha512.Sum512(b)
		r.seedBig(new(big.Int).SetBytes(append(b, sum[:]...)))
		return nil
	case rt.Bytes:
		b := []byte(x)
		sum := sha512.Sum512(b)
		r.seedBig(new(big.Int).SetBytes(append(append([]byte(nil), b...), sum[:]...)))
		return nil
	}
	if a == rt.None {
		var buf [32]byte
		if f, err := os.Open("/dev/urandom"); err == nil {
			f.Read(buf[:])
			f.Close()
		} else {
			binary.LittleEndian.PutUint64(buf[:], uint64(time.Now().UnixNano()))
		}
		r.seedBig(new(big.Int).SetBytes(buf[:]))
		return nil
	}
	if rt.IsIntValue(a) {
		r.seedBig(rt.ToBig(a))
		return nil
	}
	if _, ok := a.(rt.Float); ok || a.Type() == rt.FloatType {
		h, err := rt.Hash(th, a)
		if err != nil {
			return err
		}
		r.seedBig(big.NewInt(h))
		return nil
	}
	return rt.NewError(rt.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// random is CPython's random_random (53-bit precision).
func (r *pyRandom) randomLocked() float64 {
	a := r.mt.genrand() >> 5
	b := r.mt.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

func (r *pyRandom) random() float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.randomLocked()
}

// getrandbitsLocked returns k random bits as CPython assembles them.
func (r *pyRandom) getrandbitsLocked(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(r.mt.genrand() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	res := new(big.Int)
	for i := 0; i < words; i, k = i+1, k-32 {
		w := r.mt.genrand()
		if k < 32 {
			w >>= 32 - k
		}
		res.Or(res, new(big.Int).Lsh(big.NewInt(int64(w)), uint(32*i)))
	}
	return res
}

// randbelow is _randbelow_with_getrandbits(n), n > 0.
func (r *pyRandom) randbelow(n *big.Int) *big.Int {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := n.BitLen()
	if k <= 32 {
		nn := n.Uint64()
		for {
			v := uint64(r.mt.genrand() >> (32 - k))
			if k == 0 {
				v = 0
			}
			if v < nn {
				return new(big.Int).SetUint64(v)
			}
		}
	}
	for {
		v := r.getrandbitsLocked(k)
		if v.Cmp(n) < 0 {
			return v
		}
	}
}

// randrangeSmall is randrange(start, stop, 1) for int bounds less than
// 2**32 apart, with no big.Int: the same draws as randbelow's one-word
// path (pyperf graphs' rnd.randint(1, 9) made five big.Ints per call).
// ok is false for any other arguments.
func (r *pyRandom) randrangeSmall(start, stop, step rt.Value) (rt.Value, bool) {
	a, ok1 := rt.AsInt64(start)
	b, ok2 := rt.AsInt64(stop)
	s, ok3 := rt.AsInt64(step)
	if !ok1 || !ok2 || !ok3 || s != 1 || b <= a {
		return nil, false
	}
	w := uint64(b - a) // b > a: a wrapped difference is >= 2**63
	if w >= 1<<32 {
		return nil, false
	}
	k := bits.Len64(w)
	r.mu.Lock()
	defer r.mu.Unlock()
	for {
		if v := uint64(r.mt.genrand() >> (32 - k)); v < w {
			return rt.MakeInt(a + int64(v)), true
		}
	}
}

func (r *pyRandom) randbelowInt(n int) int {
	return int(r.randbelow(big.NewInt(int64(n))).Int64())
}

func newRandom(th *rt.Thread, seed rt.Value) (*pyRandom, error) {
	r := &pyRandom{}
	if err := r.seed(th, seed); err != nil {
		return nil, err
	}
	return r, nil
}

// loadRandomModule makes the random module (registered in modules.go).
func loadRandomModule() *rt.Module {
	setupRandomTypes()
	return newRandomModule()
}

// randomSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var randomSetup sync.Once

func setupRandomTypes() { randomSetup.Do(initRandomTypes) }

func initRandomTypes() {
	initRandomMethods()
	randomType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var seed rt.Value = rt.None
		if len(args) > 0 {
			seed = args[0]
		}
		return newRandom(th, seed)
	}
	for _, name := range randomMethodNames {
		pyName := name
		if name == "randbelow" {
			pyName = "_randbelow"
		}
		randomType.AddMethods(rt.NewMethod(pyName, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			r := asRandom(self)
			if r == nil {
				return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a 'random.Random' object", name)
			}
			return randomMethods[name](th, r, args, kwargs)
		}))
	}
	randomType.AddMethods(rt.NewMethod("__init__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		// Random.__init__(self, x=None) (re)seeds, so subclasses calling
		// super().__init__(seed) work.
		r := asRandom(self)
		if r == nil {
			return rt.None, nil
		}
		var x rt.Value = rt.None
		if err := rt.UnpackArgs("Random", args, kwargs, "x?", &x); err != nil {
			return nil, err
		}
		return rt.None, r.seed(th, x)
	}))
}

// newRandomModule makes the random module of one interpreter, with its
// own generator behind the module functions (random.seed in one
// interpreter does not move another's sequence).
func newRandomModule() *rt.Module {
	globalRandom, _ := newRandom(nil, rt.None)
	m := rt.NewModule("random")
	m.Dict.SetStr("Random", randomType)
	m.Dict.SetStr("SystemRandom", randomType)
	for _, name := range randomMethodNames {
		fn := randomMethods[name]
		if name == "randbelow" {
			name = "_randbelow"
		}
		m.Dict.SetStr(name, rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return fn(th, globalRandom, args, kwargs)
		}))
	}
	return m
}

type randomFn func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)

var randomMethodNames = []string{"seed", "random", "getrandbits", "randbelow", "randrange", "randint", "choice",
	"choices", "shuffle", "sample", "uniform", "gauss", "normalvariate", "expovariate", "triangular",
	"lognormvariate", "paretovariate", "weibullvariate", "betavariate", "gammavariate", "vonmisesvariate",
	"randbytes", "getstate", "setstate"}

var randomMethods map[string]randomFn

func initRandomMethods() {
	randomMethods = map[string]randomFn{
		"seed": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var a rt.Value = rt.None
			version := 2
			if err := rt.UnpackArgs("seed", args, kwargs, "a?", &a, "version?", &version); err != nil {
				return nil, err
			}
			return rt.None, r.seed(th, a)
		},
		"random": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := noArgs("random", args, kwargs); err != nil {
				return nil, err
			}
			return rt.Float(r.random()), nil
		},
		"getrandbits": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var k int
			if err := rt.UnpackArgs("getrandbits", args, kwargs, "k", &k); err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "number of bits must be non-negative")
			}
			if k == 0 {
				return rt.MakeInt(0), nil
			}
			r.mu.Lock()
			v := r.getrandbitsLocked(k)
			r.mu.Unlock()
			return rt.NewBigInt(v), nil
		},
		"randbelow": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var n rt.Value
			if err := rt.UnpackArgs("_randbelow", args, kwargs, "n", &n); err != nil {
				return nil, err
			}
			return rt.NewBigInt(r.randbelow(rt.ToBig(n))), nil
		},
		"randrange": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var start, stop, step rt.Value = nil, rt.None, rt.MakeInt(1)
			if err := rt.UnpackArgs("randrange", args, kwargs, "start", &start, "stop?", &stop, "step?", &step); err != nil {
				return nil, err
			}
			return randrange(th, r, start, stop, step, len(args) >= 3 || hasKw(kwargs, "step"))
		},
		"randint": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var a, b rt.Value
			if err := rt.UnpackArgs("randint", args, kwargs, "a", &a, "b", &b); err != nil {
				return nil, err
			}
			b1, err := rt.BinaryOp(th, astAdd, b, rt.MakeInt(1))
			if err != nil {
				return nil, err
			}
			return randrange(th, r, a, b1, rt.MakeInt(1), false)
		},
		"choice": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var seq rt.Value
			if err := rt.UnpackArgs("choice", args, kwargs, "seq", &seq); err != nil {
				return nil, err
			}
			n, err := rt.Len(th, seq)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, rt.NewError(rt.IndexErrorType, "Cannot choose from an empty sequence")
			}
			return rt.GetItem(th, seq, rt.MakeInt(int64(r.randbelowInt(n))))
		},
		"shuffle": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var x rt.Value
			if err := rt.UnpackArgs("shuffle", args, kwargs, "x", &x); err != nil {
				return nil, err
			}
			n, err := rt.Len(th, x)
			if err != nil {
				return nil, err
			}
			for i := n - 1; i > 0; i-- {
				j := r.randbelowInt(i + 1)
				a, err := rt.GetItem(th, x, rt.MakeInt(int64(i)))
				if err != nil {
					return nil, err
				}
				b, err := rt.GetItem(th, x, rt.MakeInt(int64(j)))
				if err != nil {
					return nil, err
				}
				if err := rt.SetItem(th, x, rt.MakeInt(int64(i)), b); err != nil {
					return nil, err
				}
				if err := rt.SetItem(th, x, rt.MakeInt(int64(j)), a); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		},
		"sample":  randomSample,
		"choices": randomChoices,
		"uniform": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var a, b float64
			if err := rt.UnpackArgs("uniform", args, kwargs, "a", &a, "b", &b); err != nil {
				return nil, err
			}
			return rt.Float(a + (b-a)*r.random()), nil
		},
		"gauss": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			mu, sigma := 0.0, 1.0
			if err := rt.UnpackArgs("gauss", args, kwargs, "mu?", &mu, "sigma?", &sigma); err != nil {
				return nil, err
			}
			r.mu.Lock()
			defer r.mu.Unlock()
			z := r.gaussNext
			had := r.hasGauss
			r.hasGauss = false
			if !had {
				x2pi := r.randomLocked() * 2 * math.Pi
				g2rad := math.Sqrt(-2.0 * libm.Log(1.0-r.randomLocked()))
				z = libm.Cos(x2pi) * g2rad
				r.gaussNext = libm.Sin(x2pi) * g2rad
				r.hasGauss = true
			}
			return rt.Float(mu + z*sigma), nil
		},
		"normalvariate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			mu, sigma := 0.0, 1.0
			if err := rt.UnpackArgs("normalvariate", args, kwargs, "mu?", &mu, "sigma?", &sigma); err != nil {
				return nil, err
			}
			return rt.Float(mu + r.normal()*sigma), nil
		},
		"lognormvariate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var mu, sigma float64
			if err := rt.UnpackArgs("lognormvariate", args, kwargs, "mu", &mu, "sigma", &sigma); err != nil {
				return nil, err
			}
			return rt.Float(libm.Exp(mu + r.normal()*sigma)), nil
		},
		"expovariate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			lambd := 1.0
			if err := rt.UnpackArgs("expovariate", args, kwargs, "lambd?", &lambd); err != nil {
				return nil, err
			}
			if lambd == 0 {
				return nil, rt.NewError(rt.ZeroDivisionErrorType, "float division by zero")
			}
			return rt.Float(-libm.Log(1.0-r.random()) / lambd), nil
		},
		"triangular": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			low, high := 0.0, 1.0
			var mode rt.Value = rt.None
			if err := rt.UnpackArgs("triangular", args, kwargs, "low?", &low, "high?", &high, "mode?", &mode); err != nil {
				return nil, err
			}
			u := r.random()
			c := 0.5
			if mode != rt.None {
				m, ok := rt.AsFloat(mode)
				if !ok {
					return nil, rt.NewError(rt.TypeErrorType, "must be real number, not %s", rt.TypeName(mode))
				}
				if high == low {
					return rt.Float(low), nil
				}
				c = (m - low) / (high - low)
			}
			if u > c {
				u = 1.0 - u
				c = 1.0 - c
				low, high = high, low
			}
			return rt.Float(low + (high-low)*math.Sqrt(u*c)), nil
		},
		"paretovariate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var alpha float64
			if err := rt.UnpackArgs("paretovariate", args, kwargs, "alpha", &alpha); err != nil {
				return nil, err
			}
			u := 1.0 - r.random()
			return rt.Float(libm.Pow(u, -1.0/alpha)), nil
		},
		"weibullvariate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var alpha, beta float64
			if err := rt.UnpackArgs("weibullvariate", args, kwargs, "alpha", &alpha, "beta", &beta); err != nil {
				return nil, err
			}
			u := 1.0 - r.random()
			return rt.Float(alpha * libm.Pow(-libm.Log(u), 1.0/beta)), nil
		},
		"gammavariate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var alpha, beta float64
			if err := rt.UnpackArgs("gammavariate", args, kwargs, "alpha", &alpha, "beta", &beta); err != nil {
				return nil, err
			}
			if alpha <= 0 || beta <= 0 {
				return nil, rt.NewError(rt.ValueErrorType, "gammavariate: alpha and beta must be > 0.0")
			}
			return rt.Float(r.gamma(alpha, beta)), nil
		},
		"betavariate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var alpha, beta float64
			if err := rt.UnpackArgs("betavariate", args, kwargs, "alpha", &alpha, "beta", &beta); err != nil {
				return nil, err
			}
			y := r.gamma(alpha, 1.0)
			if y == 0 {
				return rt.Float(0), nil
			}
			return rt.Float(y / (y + r.gamma(beta, 1.0))), nil
		},
		"vonmisesvariate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var mu, kappa float64
			if err := rt.UnpackArgs("vonmisesvariate", args, kwargs, "mu", &mu, "kappa", &kappa); err != nil {
				return nil, err
			}
			if kappa <= 1e-6 {
				return rt.Float(2 * math.Pi * r.random()), nil
			}
			s := 0.5 / kappa
			rr := s + math.Sqrt(1.0+s*s)
			var z float64
			for {
				u1 := r.random()
				z = libm.Cos(math.Pi * u1)
				d := z / (rr + z)
				u2 := r.random()
				if u2 < 1.0-d*d || u2 <= (1.0-d)*libm.Exp(d) {
					break
				}
			}
			q := 1.0 / rr
			f := (q + z) / (1.0 + q*z)
			u3 := r.random()
			var theta float64
			if u3 > 0.5 {
				theta = math.Mod(mu+libm.Acos(f), 2*math.Pi)
			} else {
				theta = math.Mod(mu-libm.Acos(f), 2*math.Pi)
			}
			if theta < 0 {
				theta += 2 * math.Pi
			}
			return rt.Float(theta), nil
		},
		"randbytes": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var n int
			if err := rt.UnpackArgs("randbytes", args, kwargs, "n", &n); err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "number of bits must be non-negative")
			}
			r.mu.Lock()
			v := r.getrandbitsLocked(n * 8)
			r.mu.Unlock()
			be := v.FillBytes(make([]byte, n))
			for i, j := 0, len(be)-1; i < j; i, j = i+1, j-1 {
				be[i], be[j] = be[j], be[i]
			}
			return rt.Bytes(be), nil
		},
		"getstate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			r.mu.Lock()
			defer r.mu.Unlock()
			st := make([]rt.Value, mtN+1)
			for i, w := range r.mt.state {
				st[i] = rt.MakeInt(int64(w))
			}
			st[mtN] = rt.MakeInt(int64(r.mt.index))
			var g rt.Value = rt.None
			if r.hasGauss {
				g = rt.Float(r.gaussNext)
			}
			return rt.NewTuple([]rt.Value{rt.MakeInt(3), rt.NewTuple(st), g}), nil
		},
		"setstate": func(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var st *rt.Tuple
			if err := rt.UnpackArgs("setstate", args, kwargs, "state", &st); err != nil {
				return nil, err
			}
			if len(st.Items) != 3 {
				return nil, rt.NewError(rt.ValueErrorType, "state vector is the wrong size")
			}
			words, ok := st.Items[1].(*rt.Tuple)
			if !ok || len(words.Items) != mtN+1 {
				return nil, rt.NewError(rt.ValueErrorType, "state vector is the wrong size")
			}
			r.mu.Lock()
			defer r.mu.Unlock()
			for i := 0; i < mtN; i++ {
				w, _ := rt.AsInt64(words.Items[i])
				r.mt.state[i] = uint32(w)
			}
			idx, _ := rt.AsInt64(words.Items[mtN])
			r.mt.index = int(idx)
			r.hasGauss = false
			if f, ok := rt.AsFloat(st.Items[2]); ok && st.Items[2] != rt.None {
				r.gaussNext, r.hasGauss = f, true
			}
			return rt.None, nil
		},
	}
}

func hasKw(kwargs []rt.KwArg, name string) bool {
	for _, kw := range kwargs {
		if kw.Name == name {
			return true
		}
	}
	return false
}

// normal is normalvariate's Kinderman-Monahan loop (mu 0, sigma 1).
func (r *pyRandom) normal() float64 {
	nv := 4 * libm.Exp(-0.5) / math.Sqrt(2.0)
	for {
		u1 := r.random()
		u2 := 1.0 - r.random()
		z := nv * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -libm.Log(u2) {
			return z
		}
	}
}

// gamma is CPython's gammavariate.
func (r *pyRandom) gamma(alpha, beta float64) float64 {
	const logFour = 1.3862943611198906
	const sgMagic = 2.504077396776274
	if alpha > 1.0 {
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - logFour
		ccc := alpha + ainv
		for {
			u1 := r.random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.random()
			v := libm.Log(u1/(1.0-u1)) / ainv
			x := alpha * libm.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagic-4.5*z >= 0.0 || rr >= libm.Log(z) {
				return x * beta
			}
		}
	}
	if alpha == 1.0 {
		return -libm.Log(1.0-r.random()) * beta
	}
	var x float64
	for {
		u := r.random()
		b := (math.E + alpha) / math.E
		p := b * u
		if p <= 1.0 {
			x = libm.Pow(p, 1.0/alpha)
		} else {
			x = -libm.Log((b - p) / alpha)
		}
		u1 := r.random()
		if p > 1.0 {
			if u1 <= libm.Pow(x, alpha-1.0) {
				break
			}
		} else if u1 <= libm.Exp(-x) {
			break
		}
	}
	return x * beta
}

// randIndex is CPython 3.11's randrange argument conversion: an integer,
// or an integral float (deprecated), else ValueError.
func randIndex(v rt.Value, which string) (*big.Int, error) {
	if rt.IsIntValue(v) {
		return rt.ToBig(v), nil
	}
	if f, ok := v.(rt.Float); ok {
		if float64(f) == math.Trunc(float64(f)) && !math.IsInf(float64(f), 0) {
			b, _ := big.NewFloat(float64(f)).Int(nil)
			return b, nil
		}
		return nil, rt.NewError(rt.ValueErrorType, "non-integer %s for randrange()", which)
	}
	if _, ok := v.(*rt.Instance); ok {
		if n, err := rt.IndexInt(v); err == nil {
			return big.NewInt(int64(n)), nil
		}
	}
	return nil, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(v))
}

func randrange(th *rt.Thread, r *pyRandom, start, stop, step rt.Value, stepGiven bool) (rt.Value, error) {
	if v, ok := r.randrangeSmall(start, stop, step); ok {
		return v, nil
	}
	istart, err := randIndex(start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == rt.None {
		if stepGiven && !(rt.IsIntValue(step) && rt.ToBig(step).Cmp(big.NewInt(1)) == 0) {
			return nil, rt.NewError(rt.TypeErrorType, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return rt.NewBigInt(r.randbelow(istart)), nil
		}
		return nil, rt.NewError(rt.ValueErrorType, "empty range for randrange()")
	}
	istop, err := randIndex(stop, "stop")
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	if step == rt.None {
		return nil, rt.NewError(rt.TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
	}
	istep, err := randIndex(step, "step")
	if err != nil {
		return nil, err
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return rt.NewBigInt(new(big.Int).Add(istart, r.randbelow(width))), nil
		}
		return nil, rt.NewError(rt.ValueErrorType, "empty range for randrange() (%s, %s, %s)", istart.String(), istop.String(), width.String())
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = new(big.Int).Add(width, istep)
		n.Sub(n, big.NewInt(1))
	case -1:
		n = new(big.Int).Add(width, istep)
		n.Add(n, big.NewInt(1))
	default:
		return nil, rt.NewError(rt.ValueErrorType, "zero step for randrange()")
	}
	n = floorDivBig(n, istep)
	if n.Sign() <= 0 {
		return nil, rt.NewError(rt.ValueErrorType, "empty range for randrange()")
	}
	res := new(big.Int).Mul(istep, r.randbelow(n))
	return rt.NewBigInt(res.Add(res, istart)), nil
}

func floorDivBig(a, b *big.Int) *big.Int {
	q, m := new(big.Int).DivMod(a, b, new(big.Int))
	// Go's DivMod is Euclidean (m >= 0); convert to floor division.
	if m.Sign() != 0 && b.Sign() < 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func isSequence(v rt.Value) bool {
	switch instBase(v).(type) {
	case *rt.List, *rt.Tuple, rt.Str, rt.Bytes, *deque:
		return true
	}
	t := v.Type()
	if t == rt.RangeType || t == rt.StrType || t == rt.BytesType || t == rt.ByteArrayType {
		return true
	}
	if t.Extra != nil && t.Lookup("__getitem__") != nil && t.Lookup("__len__") != nil {
		return !t.IsSubtype(rt.DictType)
	}
	return false
}

func randomSample(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var population, counts rt.Value = nil, rt.None
	var k int
	if err := rt.UnpackArgs("sample", args, kwargs, "population", &population, "k", &k, "*", "counts?", &counts); err != nil {
		return nil, err
	}
	if !isSequence(population) {
		return nil, rt.NewError(rt.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := rt.Len(th, population)
	if err != nil {
		return nil, err
	}
	if counts != rt.None {
		cs, err := rt.IterateAll(th, counts)
		if err != nil {
			return nil, err
		}
		if len(cs) != n {
			return nil, rt.NewError(rt.ValueErrorType, "The number of counts does not match the population")
		}
		cum := make([]int, len(cs))
		total := 0
		for i, c := range cs {
			ci, err := rt.IndexInt(c)
			if err != nil {
				return nil, rt.NewError(rt.TypeErrorType, "Counts must be integers")
			}
			total += ci
			cum[i] = total
		}
		if total <= 0 {
			return nil, rt.NewError(rt.ValueErrorType, "Total of counts must be greater than zero")
		}
		rng, err := rt.Call(th, rt.RangeType, []rt.Value{rt.MakeInt(int64(total))}, nil)
		if err != nil {
			return nil, err
		}
		sel, err := randomSample(th, r, []rt.Value{rng, rt.MakeInt(int64(k))}, nil)
		if err != nil {
			return nil, err
		}
		items := sel.(*rt.List).Snapshot()
		out := make([]rt.Value, len(items))
		for i, s := range items {
			sv, _ := rt.AsInt64(s)
			j := 0
			for j < len(cum) && int64(cum[j]) <= sv {
				j++
			}
			v, err := rt.GetItem(th, population, rt.MakeInt(int64(j)))
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return rt.NewList(out), nil
	}
	if k < 0 || k > n {
		return nil, rt.NewError(rt.ValueErrorType, "Sample larger than population or is negative")
	}
	result := make([]rt.Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(libm.Pow(4, math.Ceil(libm.Log(float64(k*3))/libm.Log(4))))
	}
	if n <= setsize {
		pool, err := rt.IterateAll(th, population)
		if err != nil {
			return nil, err
		}
		for i := 0; i < k; i++ {
			j := r.randbelowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return rt.NewList(result), nil
	}
	selected := map[int]bool{}
	for i := 0; i < k; i++ {
		j := r.randbelowInt(n)
		for selected[j] {
			j = r.randbelowInt(n)
		}
		selected[j] = true
		v, err := rt.GetItem(th, population, rt.MakeInt(int64(j)))
		if err != nil {
			return nil, err
		}
		result[i] = v
	}
	return rt.NewList(result), nil
}

func randomChoices(th *rt.Thread, r *pyRandom, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var population, weights, cumWeights rt.Value = nil, rt.None, rt.None
	k := 1
	if err := rt.UnpackArgs("choices", args, kwargs, "population", &population, "weights?", &weights, "*", "cum_weights?", &cumWeights, "k?", &k); err != nil {
		return nil, err
	}
	n, err := rt.Len(th, population)
	if err != nil {
		return nil, err
	}
	out := make([]rt.Value, 0, max(k, 0))
	if cumWeights == rt.None {
		if weights == rt.None {
			fn := float64(n)
			for i := 0; i < k; i++ {
				idx := int64(math.Floor(r.random() * fn))
				v, err := rt.GetItem(th, population, rt.MakeInt(idx))
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return rt.NewList(out), nil
		}
		ws, err := rt.IterateAll(th, weights)
		if err != nil {
			return nil, err
		}
		var acc rt.Value
		cum := make([]rt.Value, len(ws))
		for i, w := range ws {
			if i == 0 {
				acc = w
			} else if acc, err = rt.BinaryOp(th, astAdd, acc, w); err != nil {
				return nil, err
			}
			cum[i] = acc
		}
		cumWeights = rt.NewList(cum)
	} else if weights != rt.None {
		return nil, rt.NewError(rt.TypeErrorType, "Cannot specify both weights and cumulative weights")
	}
	cw, err := rt.IterateAll(th, cumWeights)
	if err != nil {
		return nil, err
	}
	if len(cw) != n {
		return nil, rt.NewError(rt.ValueErrorType, "The number of weights does not match the population")
	}
	fcw := make([]float64, n)
	for i, w := range cw {
		f, ok := rt.AsFloat(w)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "unsupported operand type(s) for +: '%s' and 'float'", rt.TypeName(w))
		}
		fcw[i] = f
	}
	if n == 0 {
		return nil, rt.NewError(rt.IndexErrorType, "list index out of range")
	}
	total := fcw[n-1]
	if total <= 0 {
		return nil, rt.NewError(rt.ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, rt.NewError(rt.ValueErrorType, "Total of weights must be finite")
	}
	hi := n - 1
	for i := 0; i < k; i++ {
		x := r.random() * total
		lo, h := 0, hi
		for lo < h {
			mid := (lo + h) / 2
			if x < fcw[mid] {
				h = mid
			} else {
				lo = mid + 1
			}
		}
		v, err := rt.GetItem(th, population, rt.MakeInt(int64(lo)))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return rt.NewList(out), nil
}
