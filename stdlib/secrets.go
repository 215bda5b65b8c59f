package stdlib

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"math/big"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The secrets module: tokens and choices from the operating system's
// randomness (crypto/rand), never from the seeded generator of random.
// SystemRandom is random's class, as CPython exports it. compare_digest
// is hmac.compare_digest: constant time, ASCII str or bytes-like pairs.

const secretsDefaultEntropy = 32

// loadSecretsModule makes the secrets module (registered in modules.go).
func loadSecretsModule() *rt.Module {
	setupRandomTypes() // SystemRandom is random.Random
	return newSecretsModule()
}

// secretsBytes reads n random bytes from the OS.
func secretsBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("secrets: the OS random source failed: " + err.Error())
	}
	return b
}

// secretsBelow is a uniform integer in [0, n), n > 0.
func secretsBelow(n *big.Int) *big.Int {
	r, err := rand.Int(rand.Reader, n)
	if err != nil {
		panic("secrets: the OS random source failed: " + err.Error())
	}
	return r
}

// tokenArg parses nbytes=None for the token functions.
func tokenArg(fname string, args []rt.Value, kwargs []rt.KwArg) (int, error) {
	var nv rt.Value = rt.None
	if err := rt.UnpackArgs(fname, args, kwargs, "nbytes?", &nv); err != nil {
		return 0, err
	}
	if nv == rt.None {
		return secretsDefaultEntropy, nil
	}
	n, err := rt.IndexInt(nv)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, rt.NewError(rt.ValueErrorType, "negative argument not allowed")
	}
	return n, nil
}

func secretsIntArg(th *rt.Thread, v rt.Value) (*big.Int, error) {
	if b := rt.ToBig(v); b != nil {
		return b, nil
	}
	if iv, ok := v.(rt.HasIndex); ok {
		x, err := iv.Index()
		if err != nil {
			return nil, err
		}
		return secretsIntArg(th, x)
	}
	return nil, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(v))
}

func compareDigest(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "compare_digest() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, rt.NewError(rt.TypeErrorType, "compare_digest expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	as, aStr := a.(rt.Str)
	bs, bStr := b.(rt.Str)
	if aStr && bStr {
		for _, s := range []rt.Str{as, bs} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return nil, rt.NewError(rt.TypeErrorType, "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		return rt.Bool(subtle.ConstantTimeCompare([]byte(as), []byte(bs)) == 1), nil
	}
	_, aErr := bufferArg(a)
	_, bErr := bufferArg(b)
	if aErr != nil && bErr != nil {
		return nil, rt.NewError(rt.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", rt.TypeName(a), rt.TypeName(b))
	}
	ab, err := bufferArg(a)
	if err != nil {
		return nil, err
	}
	bb, err := bufferArg(b)
	if err != nil {
		return nil, err
	}
	return rt.Bool(subtle.ConstantTimeCompare(ab, bb) == 1), nil
}

func newSecretsModule() *rt.Module {
	m := rt.NewModule("secrets")
	for _, f := range []*rt.Builtin{
		rt.NewFunc("token_bytes", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := tokenArg("token_bytes", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.Bytes(secretsBytes(n)), nil
		}),
		rt.NewFunc("token_hex", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := tokenArg("token_hex", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.Str(hex.EncodeToString(secretsBytes(n))), nil
		}),
		rt.NewFunc("token_urlsafe", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			n, err := tokenArg("token_urlsafe", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.Str(base64.RawURLEncoding.EncodeToString(secretsBytes(n))), nil
		}),
		rt.NewFunc("randbelow", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var nv rt.Value
			if err := rt.UnpackArgs("randbelow", args, kwargs, "exclusive_upper_bound", &nv); err != nil {
				return nil, err
			}
			n := rt.ToBig(nv)
			if n == nil {
				return nil, rt.NewError(rt.TypeErrorType, "'<=' not supported between instances of '%s' and 'int'", rt.TypeName(nv))
			}
			if n.Sign() <= 0 {
				return nil, rt.NewError(rt.ValueErrorType, "Upper bound must be positive.")
			}
			return rt.NewBigInt(secretsBelow(n)), nil
		}),
		rt.NewFunc("randbits", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var kv rt.Value
			if err := rt.UnpackArgs("getrandbits", args, kwargs, "k", &kv); err != nil {
				return nil, err
			}
			k, err := rt.IndexInt(kv)
			if err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "number of bits must be non-negative")
			}
			return rt.NewBigInt(secretsBelow(new(big.Int).Lsh(big.NewInt(1), uint(k)))), nil
		}),
		rt.NewFunc("choice", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
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
			i := secretsBelow(big.NewInt(int64(n)))
			return rt.GetItem(th, seq, rt.MakeInt(i.Int64()))
		}),
		rt.NewFunc("compare_digest", compareDigest),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	m.Dict.SetStr("SystemRandom", randomType)
	m.Dict.SetStr("DEFAULT_ENTROPY", rt.MakeInt(secretsDefaultEntropy))
	return m
}
