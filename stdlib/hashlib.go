package stdlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"sort"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The hashlib module over Go's crypto hashes: md5, sha1, the sha2 family
// and sha3, as constructors and through new(name). Hash objects support
// update, digest, hexdigest and copy; they are safe to share.

var hashType = newModuleType("HASH", "_hashlib")

type hashAlgo struct {
	name      string
	new       func() hash.Hash
	blockSize int
}

var hashAlgos = map[string]hashAlgo{
	"md5":      {"md5", md5.New, 64},
	"sha1":     {"sha1", sha1.New, 64},
	"sha224":   {"sha224", sha256.New224, 64},
	"sha256":   {"sha256", sha256.New, 64},
	"sha384":   {"sha384", sha512.New384, 128},
	"sha512":   {"sha512", sha512.New, 128},
	"sha3_224": {"sha3_224", func() hash.Hash { return sha3.New224() }, 144},
	"sha3_256": {"sha3_256", func() hash.Hash { return sha3.New256() }, 136},
	"sha3_384": {"sha3_384", func() hash.Hash { return sha3.New384() }, 104},
	"sha3_512": {"sha3_512", func() hash.Hash { return sha3.New512() }, 72},
	"blake2b":  {"blake2b", blake2Default(true), 128}, // hashlib_blake2.go
	"blake2s":  {"blake2s", blake2Default(false), 64},
}

type hashObj struct {
	mu   sync.Mutex
	algo hashAlgo
	h    hash.Hash
}

func (*hashObj) Type() *rt.Type { return hashType }

func hashData(v rt.Value) (string, error) {
	if raw, ok := reBytesLike(v); ok {
		return raw, nil
	}
	if _, ok := v.(rt.Str); ok {
		return "", rt.NewError(rt.TypeErrorType, "Strings must be encoded before hashing")
	}
	return "", rt.NewError(rt.TypeErrorType, "object supporting the buffer API required")
}

func newHash(algo hashAlgo, data rt.Value) (rt.Value, error) {
	h := &hashObj{algo: algo, h: algo.new()}
	if data != nil && data != rt.None {
		raw, err := hashData(data)
		if err != nil {
			return nil, err
		}
		h.h.Write([]byte(raw))
	}
	return h, nil
}

// loadHashlibModule makes the hashlib module (registered in modules.go).
func loadHashlibModule() *rt.Module {
	setupHashlibTypes()
	return newHashlibModule()
}

// hashlibSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var hashlibSetup sync.Once

func setupHashlibTypes() { hashlibSetup.Do(initHashlibTypes) }

func initHashlibTypes() {
	hashType.AddMethods(
		rt.NewMethod("update", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value
			if err := rt.UnpackArgs("update", args, kwargs, "obj", &data); err != nil {
				return nil, err
			}
			raw, err := hashData(data)
			if err != nil {
				return nil, err
			}
			h := self.(*hashObj)
			h.mu.Lock()
			h.h.Write([]byte(raw))
			h.mu.Unlock()
			return rt.None, nil
		}),
		rt.NewMethod("digest", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("digest", args, kwargs); err != nil {
				return nil, err
			}
			return rt.Bytes(self.(*hashObj).sum()), nil
		}),
		rt.NewMethod("hexdigest", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("hexdigest", args, kwargs); err != nil {
				return nil, err
			}
			return rt.Str(hex.EncodeToString(self.(*hashObj).sum())), nil
		}),
		rt.NewMethod("copy", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("copy", args, kwargs); err != nil {
				return nil, err
			}
			h := self.(*hashObj)
			h.mu.Lock()
			defer h.mu.Unlock()
			if b, ok := h.h.(*blake2); ok {
				return &hashObj{algo: h.algo, h: b.clone()}, nil
			}
			c := &hashObj{algo: h.algo, h: h.algo.new()}
			state, err := h.h.(encoding.BinaryMarshaler).MarshalBinary()
			if err == nil {
				err = c.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
			}
			if err != nil {
				return nil, rt.NewError(rt.ValueErrorType, "cannot copy %s hash: %v", h.algo.name, err)
			}
			return c, nil
		}),
	)
}

func (h *hashObj) sum() []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.h.Sum(nil)
}

// GetAttr gives name, digest_size and block_size.
func (h *hashObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "name":
		return rt.Str(h.algo.name), nil
	case "digest_size":
		return rt.MakeInt(int64(h.h.Size())), nil
	case "block_size":
		return rt.MakeInt(int64(h.algo.blockSize)), nil
	}
	return nil, nil
}

// Repr is <sha256 _hashlib.HASH object @ 0x...>.
func (h *hashObj) Repr(th *rt.Thread) (string, error) {
	return "<" + h.algo.name + " _hashlib.HASH object @ 0x" + reHex(int(rt.Id(h))) + ">", nil
}

func newHashlibModule() *rt.Module {
	m := rt.NewModule("hashlib")
	var names []string
	for name, algo := range hashAlgos {
		algo := algo
		names = append(names, name)
		m.Dict.SetStr(name, rt.NewFunc("openssl_"+name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value = rt.None
			usedForSecurity := true
			if err := rt.UnpackArgs("openssl_"+algo.name, args, kwargs, "string?", &data, "*", "usedforsecurity?", &usedForSecurity); err != nil {
				return nil, err
			}
			return newHash(algo, data)
		}))
	}
	sort.Strings(names)
	addBlake2(m)
	m.Dict.SetStr("new", rt.NewFunc("new", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var name string
		var data rt.Value = rt.None
		usedForSecurity := true
		if err := rt.UnpackArgs("new", args, kwargs, "name", &name, "data?", &data, "*", "usedforsecurity?", &usedForSecurity); err != nil {
			return nil, err
		}
		algo, ok := hashAlgos[lowerASCII(name)]
		if !ok {
			return nil, rt.NewError(rt.ValueErrorType, "unsupported hash type %s", name)
		}
		return newHash(algo, data)
	}))
	vals := make([]rt.Value, len(names))
	for i, n := range names {
		vals[i] = rt.Str(n)
	}
	m.Dict.SetStr("algorithms_guaranteed", setOf(vals))
	m.Dict.SetStr("algorithms_available", setOf(vals))
	return m
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func setOf(vals []rt.Value) rt.Value {
	set, err := rt.NewSetOf(nil, vals...)
	if err != nil {
		return rt.NewList(vals)
	}
	return set
}
