package runtime

import (
	"hash/maphash"
	"math"
	"math/big"
)

// Numeric hashing follows CPython exactly (hash(x) is x reduced modulo the
// Mersenne prime 2**61-1, with -1 mapped to -2), so that equal numbers of
// different types hash alike: hash(1) == hash(1.0) == hash(True).

const hashModulus = (1 << 61) - 1

var strSeed = maphash.MakeSeed()

// StrHash hashes a string (stable within a process, like CPython's
// randomised str hash).
func StrHash(s string) int64 {
	h := int64(maphash.String(strSeed, s) >> 1)
	if h == -1 {
		h = -2
	}
	return h
}

// IntHash is hash() of an int64.
func IntHash(i int64) int64 {
	if i >= -hashModulus+1 && i < hashModulus {
		if i == -1 {
			return -2
		}
		return i
	}
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-(i + 1)) + 1
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

// BigHash is hash() of a big int.
func BigHash(b *big.Int) int64 {
	m := new(big.Int).Abs(b)
	m.Mod(m, bigModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// FloatHash is hash() of a float, equal to the int hash for integral
// values.
func FloatHash(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}
