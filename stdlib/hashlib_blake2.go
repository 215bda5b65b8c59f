package stdlib

import (
	"encoding/binary"
	"hash"
	"math/bits"

	rt "github.com/spindle-lang/spindle/runtime"
)

// BLAKE2b and BLAKE2s (RFC 7693) with CPython's parameters: digest_size,
// key, salt, person, fanout, depth, leaf_size, node_offset, node_depth,
// inner_size and last_node all go into the parameter block, so every
// hashlib.blake2b(...)/blake2s(...) digest is CPython's. Go's standard
// library has neither; golang.org/x/crypto has no salt or person.

// blake2Params is the parameter block's content.
type blake2Params struct {
	digestSize, fanout, depth, nodeDepth, innerSize int
	leafSize                                        uint32
	nodeOffset                                      uint64
	key, salt, person                               []byte
	lastNode                                        bool
}

// blake2 is one BLAKE2b (wide) or BLAKE2s state.
type blake2 struct {
	wide   bool
	p      blake2Params
	h      [8]uint64 // BLAKE2s uses the low 32 bits
	t      [2]uint64 // byte counter (BLAKE2s: t[0] only, 64 bits)
	buf    []byte
	block  int
	keyBlk []byte
}

var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

var blake2Sigma = [10][16]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

func newBlake2(wide bool, p blake2Params) *blake2 {
	b := &blake2{wide: wide, p: p, block: 64}
	if wide {
		b.block = 128
	}
	if len(p.key) > 0 {
		b.keyBlk = make([]byte, b.block)
		copy(b.keyBlk, p.key)
	}
	b.Reset()
	return b
}

func (b *blake2) Reset() {
	p := b.p
	b.t = [2]uint64{}
	b.buf = b.buf[:0]
	if b.wide {
		var pb [64]byte
		pb[0], pb[1], pb[2], pb[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
		binary.LittleEndian.PutUint32(pb[4:], p.leafSize)
		binary.LittleEndian.PutUint64(pb[8:], p.nodeOffset)
		pb[16], pb[17] = byte(p.nodeDepth), byte(p.innerSize)
		copy(pb[32:48], p.salt)
		copy(pb[48:64], p.person)
		for i := range b.h {
			b.h[i] = blake2bIV[i] ^ binary.LittleEndian.Uint64(pb[8*i:])
		}
	} else {
		var pb [32]byte
		pb[0], pb[1], pb[2], pb[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
		binary.LittleEndian.PutUint32(pb[4:], p.leafSize)
		var off [8]byte
		binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
		copy(pb[8:14], off[:6])
		pb[14], pb[15] = byte(p.nodeDepth), byte(p.innerSize)
		copy(pb[16:24], p.salt)
		copy(pb[24:32], p.person)
		for i := range b.h {
			b.h[i] = uint64(blake2sIV[i] ^ binary.LittleEndian.Uint32(pb[4*i:]))
		}
	}
	if b.keyBlk != nil {
		b.buf = append(b.buf, b.keyBlk...)
	}
}

func (b *blake2) Size() int      { return b.p.digestSize }
func (b *blake2) BlockSize() int { return b.block }

// Write keeps the last block buffered: it is compressed with the final
// flag by Sum.
func (b *blake2) Write(data []byte) (int, error) {
	n := len(data)
	for len(data) > 0 {
		if len(b.buf) == b.block {
			b.compress(b.buf, false)
			b.buf = b.buf[:0]
		}
		k := min(b.block-len(b.buf), len(data))
		b.buf = append(b.buf, data[:k]...)
		data = data[k:]
	}
	return n, nil
}

func (b *blake2) Sum(in []byte) []byte {
	c := b.clone().(*blake2)
	last := make([]byte, c.block)
	copy(last, c.buf)
	c.compressLen(last, len(c.buf), true)
	out := make([]byte, 0, 64)
	for i := range c.h {
		if c.wide {
			out = binary.LittleEndian.AppendUint64(out, c.h[i])
		} else {
			out = binary.LittleEndian.AppendUint32(out, uint32(c.h[i]))
		}
	}
	return append(in, out[:c.p.digestSize]...)
}

// clone is an independent copy of the state (hash.copy()).
func (b *blake2) clone() hash.Hash {
	c := *b
	c.buf = append([]byte(nil), b.buf...)
	return &c
}

func (b *blake2) compress(block []byte, final bool) { b.compressLen(block, len(block), final) }

// compressLen counts n more bytes and compresses one full block.
func (b *blake2) compressLen(block []byte, n int, final bool) {
	b.t[0] += uint64(n)
	if b.t[0] < uint64(n) {
		b.t[1]++
	}
	if b.wide {
		b.compressB(block, final)
	} else {
		b.compressS(block, final)
	}
}

func (b *blake2) compressB(block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], b.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= b.t[0]
	v[13] ^= b.t[1]
	if final {
		v[14] = ^v[14]
		if b.p.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, bb, c, d int, x, y uint64) {
		v[a] += v[bb] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] += v[d]
		v[bb] = bits.RotateLeft64(v[bb]^v[c], -24)
		v[a] += v[bb] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] += v[d]
		v[bb] = bits.RotateLeft64(v[bb]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		s := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range b.h {
		b.h[i] ^= v[i] ^ v[i+8]
	}
}

func (b *blake2) compressS(block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	for i := 0; i < 8; i++ {
		v[i] = uint32(b.h[i])
		v[i+8] = blake2sIV[i]
	}
	v[12] ^= uint32(b.t[0])
	v[13] ^= uint32(b.t[0] >> 32)
	if final {
		v[14] = ^v[14]
		if b.p.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, bb, c, d int, x, y uint32) {
		v[a] += v[bb] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] += v[d]
		v[bb] = bits.RotateLeft32(v[bb]^v[c], -12)
		v[a] += v[bb] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] += v[d]
		v[bb] = bits.RotateLeft32(v[bb]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		s := &blake2Sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range b.h {
		b.h[i] = uint64(uint32(b.h[i]) ^ v[i] ^ v[i+8])
	}
}

// blake2Default is blake2b() / blake2s() without parameters (hashlib.new).
func blake2Default(wide bool) func() hash.Hash {
	size := 32
	if wide {
		size = 64
	}
	return func() hash.Hash { return newBlake2(wide, blake2Params{digestSize: size, fanout: 1, depth: 1}) }
}

// addBlake2 sets hashlib.blake2b and hashlib.blake2s, the constructors
// with CPython's keyword-only parameters and their limits.
func addBlake2(m *rt.Module) {
	for _, wide := range []bool{true, false} {
		name, maxDigest, maxSalt, block := "blake2s", 32, 8, 64
		if wide {
			name, maxDigest, maxSalt, block = "blake2b", 64, 16, 128
		}
		m.Dict.SetStr(name, rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data, key, salt, person rt.Value = rt.None, rt.Bytes(""), rt.Bytes(""), rt.Bytes("")
			p := blake2Params{digestSize: maxDigest, fanout: 1, depth: 1}
			var leaf, offset int64
			usedForSecurity := true
			if err := rt.UnpackArgs(name, args, kwargs, "data?", &data, "*", "digest_size?", &p.digestSize, "key?", &key,
				"salt?", &salt, "person?", &person, "fanout?", &p.fanout, "depth?", &p.depth, "leaf_size?", &leaf,
				"node_offset?", &offset, "node_depth?", &p.nodeDepth, "inner_size?", &p.innerSize, "last_node?", &p.lastNode,
				"usedforsecurity?", &usedForSecurity); err != nil {
				return nil, err
			}
			if p.digestSize < 1 || p.digestSize > maxDigest {
				return nil, rt.NewError(rt.ValueErrorType, "digest_size must be between 1 and %d bytes", maxDigest)
			}
			for _, f := range []struct {
				v    rt.Value
				dst  *[]byte
				what string
				max  int
			}{{key, &p.key, "key", maxDigest}, {salt, &p.salt, "salt", maxSalt}, {person, &p.person, "person", maxSalt}} {
				raw, err := hashData(f.v)
				if err != nil {
					return nil, err
				}
				if len(raw) > f.max {
					return nil, rt.NewError(rt.ValueErrorType, "maximum %s length is %d bytes", f.what, f.max)
				}
				*f.dst = []byte(raw)
			}
			switch {
			case p.fanout < 0 || p.fanout > 255:
				return nil, rt.NewError(rt.ValueErrorType, "fanout must be between 0 and 255")
			case p.depth < 1 || p.depth > 255:
				return nil, rt.NewError(rt.ValueErrorType, "depth must be between 1 and 255")
			case leaf < 0 || leaf > 0xFFFFFFFF:
				return nil, rt.NewError(rt.OverflowErrorType, "leaf_size is too large")
			case offset < 0 || !wide && offset > 0xFFFFFFFFFFFF:
				return nil, rt.NewError(rt.OverflowErrorType, "node_offset is too large")
			case p.nodeDepth < 0 || p.nodeDepth > 255:
				return nil, rt.NewError(rt.ValueErrorType, "node_depth must be between 0 and 255")
			case p.innerSize < 0 || p.innerSize > maxDigest:
				return nil, rt.NewError(rt.ValueErrorType, "inner_size must be between 0 and is %d", maxDigest)
			}
			p.leafSize, p.nodeOffset = uint32(leaf), uint64(offset)
			algo := hashAlgo{name: name, new: func() hash.Hash { return newBlake2(wide, p) }, blockSize: block}
			return newHash(algo, data)
		}))
	}
}
