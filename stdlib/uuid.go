package stdlib

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The uuid module: UUID objects (from hex, bytes, int or fields), uuid4
// from crypto/rand, name-based uuid3/uuid5, and the namespace constants.

var uuidType = newModuleType("UUID", "uuid")

type uuidObj struct{ b [16]byte }

func (*uuidObj) Type() *rt.Type { return uuidType }

// loadUUIDModule makes the uuid module (registered in modules.go).
func loadUUIDModule() *rt.Module {
	setupUUIDTypes()
	return newUUIDModule()
}

// uUIDSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var uUIDSetup sync.Once

func setupUUIDTypes() { uUIDSetup.Do(initUUIDTypes) }

func initUUIDTypes() {
	uuidType.New = newUUID
	uuidType.AddMethods(rt.NewMethod("__str__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.Str(self.(*uuidObj).String()), nil
	}))
}

func (u *uuidObj) String() string {
	h := hex.EncodeToString(u.b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// Str is str(u): the 8-4-4-4-12 hex form.
func (u *uuidObj) Str(th *rt.Thread) (string, error) { return u.String(), nil }

// Repr is UUID('...').
func (u *uuidObj) Repr(th *rt.Thread) (string, error) { return "UUID('" + u.String() + "')", nil }

func (u *uuidObj) int() *big.Int { return new(big.Int).SetBytes(u.b[:]) }

// Hash is hash(u.int).
func (u *uuidObj) Hash(th *rt.Thread) (int64, error) { return rt.Hash(th, rt.NewBigInt(u.int())) }

// Equal compares the 128-bit values.
func (u *uuidObj) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	o, ok := other.(*uuidObj)
	if !ok {
		return false, false, nil
	}
	return u.b == o.b, true, nil
}

// Compare orders UUIDs by their integer value.
func (u *uuidObj) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*uuidObj)
	if !ok {
		return rt.NotImplemented, nil
	}
	return rt.Compare(th, op, rt.NewBigInt(u.int()), rt.NewBigInt(o.int()))
}

// GetAttr gives hex, int, bytes, urn, version, variant, fields.
func (u *uuidObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "hex":
		return rt.Str(hex.EncodeToString(u.b[:])), nil
	case "int":
		return rt.NewBigInt(u.int()), nil
	case "bytes":
		return rt.Bytes(u.b[:]), nil
	case "urn":
		return rt.Str("urn:uuid:" + u.String()), nil
	case "version":
		if u.b[8]&0xc0 != 0x80 {
			return rt.None, nil
		}
		return rt.MakeInt(int64(u.b[6] >> 4)), nil
	case "variant":
		switch {
		case u.b[8]&0x80 == 0:
			return rt.Str("reserved for NCS compatibility"), nil
		case u.b[8]&0x40 == 0:
			return rt.Str("specified in RFC 4122"), nil
		case u.b[8]&0x20 == 0:
			return rt.Str("reserved for Microsoft compatibility"), nil
		}
		return rt.Str("reserved for future definition"), nil
	case "time_low":
		return rt.NewBigInt(new(big.Int).SetBytes(u.b[0:4])), nil
	case "time_mid":
		return rt.NewBigInt(new(big.Int).SetBytes(u.b[4:6])), nil
	case "time_hi_version":
		return rt.NewBigInt(new(big.Int).SetBytes(u.b[6:8])), nil
	case "clock_seq_hi_variant":
		return rt.MakeInt(int64(u.b[8])), nil
	case "clock_seq_low":
		return rt.MakeInt(int64(u.b[9])), nil
	case "node":
		return rt.NewBigInt(new(big.Int).SetBytes(u.b[10:16])), nil
	case "fields":
		out := make([]rt.Value, 0, 6)
		for _, f := range []string{"time_low", "time_mid", "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "node"} {
			v, _ := u.GetAttr(th, f)
			out = append(out, v)
		}
		return rt.NewTuple(out), nil
	case "time":
		hi := uint64(u.b[6]&0x0f)<<8 | uint64(u.b[7])
		mid := uint64(u.b[4])<<8 | uint64(u.b[5])
		low := uint64(u.b[0])<<24 | uint64(u.b[1])<<16 | uint64(u.b[2])<<8 | uint64(u.b[3])
		return rt.NewBigInt(new(big.Int).SetUint64(hi<<48 | mid<<32 | low)), nil
	case "clock_seq":
		return rt.MakeInt(int64(u.b[8]&0x3f)<<8 | int64(u.b[9])), nil
	}
	return nil, nil
}

func newUUID(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var hexV, bytesV, bytesLE, fields, intV, version rt.Value = rt.None, rt.None, rt.None, rt.None, rt.None, rt.None
	if err := rt.UnpackArgs("UUID", args, kwargs, "hex?", &hexV, "bytes?", &bytesV, "bytes_le?", &bytesLE,
		"fields?", &fields, "int?", &intV, "version?", &version); err != nil {
		return nil, err
	}
	n := 0
	for _, v := range []rt.Value{hexV, bytesV, bytesLE, fields, intV} {
		if v != rt.None {
			n++
		}
	}
	if n != 1 {
		return nil, rt.NewError(rt.TypeErrorType, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
	}
	u := &uuidObj{}
	switch {
	case hexV != rt.None:
		s, ok := hexV.(rt.Str)
		if !ok {
			return nil, rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute 'replace'", rt.TypeName(hexV))
		}
		h := strings.NewReplacer("urn:", "", "uuid:", "").Replace(string(s))
		h = strings.Trim(h, "{}")
		h = strings.ReplaceAll(h, "-", "")
		if len(h) != 32 {
			return nil, rt.NewError(rt.ValueErrorType, "badly formed hexadecimal UUID string")
		}
		raw, err := hex.DecodeString(h)
		if err != nil {
			return nil, rt.NewError(rt.ValueErrorType, "badly formed hexadecimal UUID string")
		}
		copy(u.b[:], raw)
	case bytesV != rt.None, bytesLE != rt.None:
		v := bytesV
		if v == rt.None {
			v = bytesLE
		}
		raw, ok := reBytesLike(v)
		if !ok || len(raw) != 16 {
			return nil, rt.NewError(rt.ValueErrorType, "bytes is not a 16-char string")
		}
		copy(u.b[:], raw)
		if bytesLE != rt.None {
			b := u.b
			u.b = [16]byte{b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]}
		}
	case intV != rt.None:
		if !rt.IsIntValue(intV) {
			return nil, rt.NewError(rt.TypeErrorType, "int is out of range (need a 128-bit value)")
		}
		b := rt.ToBig(intV)
		if b.Sign() < 0 || b.BitLen() > 128 {
			return nil, rt.NewError(rt.ValueErrorType, "int is out of range (need a 128-bit value)")
		}
		b.FillBytes(u.b[:])
	default:
		items, err := rt.IterateAll(th, fields)
		if err != nil {
			return nil, err
		}
		if len(items) != 6 {
			return nil, rt.NewError(rt.ValueErrorType, "fields is not a 6-tuple")
		}
		widths := []int{4, 2, 2, 1, 1, 6}
		off := 0
		for i, it := range items {
			if !rt.IsIntValue(it) {
				return nil, rt.NewError(rt.TypeErrorType, "fields must be ints")
			}
			b := rt.ToBig(it)
			if b.Sign() < 0 || b.BitLen() > widths[i]*8 {
				return nil, rt.NewError(rt.ValueErrorType, "field %d out of range (need a %d-bit value)", i+1, widths[i]*8)
			}
			b.FillBytes(u.b[off : off+widths[i]])
			off += widths[i]
		}
	}
	if version != rt.None {
		v, err := rt.IndexInt(version)
		if err != nil || v < 1 || v > 5 {
			return nil, rt.NewError(rt.ValueErrorType, "illegal version number")
		}
		u.setVersion(v)
	}
	return u, nil
}

func (u *uuidObj) setVersion(v int) {
	u.b[8] = u.b[8]&0x3f | 0x80
	u.b[6] = u.b[6]&0x0f | byte(v<<4)
}

func newUUIDModule() *rt.Module {
	m := rt.NewModule("uuid")
	m.Dict.SetStr("UUID", uuidType)
	m.Dict.SetStr("uuid4", rt.NewFunc("uuid4", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs("uuid4", args, kwargs); err != nil {
			return nil, err
		}
		u := &uuidObj{}
		if _, err := rand.Read(u.b[:]); err != nil {
			return nil, rt.NewError(rt.OSErrorType, err.Error())
		}
		u.setVersion(4)
		return u, nil
	}))
	m.Dict.SetStr("uuid1", rt.NewFunc("uuid1", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var node, clockSeq rt.Value = rt.None, rt.None
		if err := rt.UnpackArgs("uuid1", args, kwargs, "node?", &node, "clock_seq?", &clockSeq); err != nil {
			return nil, err
		}
		var rnd [8]byte
		if _, err := rand.Read(rnd[:]); err != nil {
			return nil, rt.NewError(rt.OSErrorType, err.Error())
		}
		// 100-ns intervals since 1582-10-15 (the Gregorian reform).
		ts := uint64(time.Now().UnixNano()/100) + 0x01b21dd213814000
		seq := uint64(rnd[0])<<8 | uint64(rnd[1])
		if clockSeq != rt.None {
			n, err := rt.IndexInt(clockSeq)
			if err != nil {
				return nil, err
			}
			seq = uint64(n)
		}
		nd := uint64(rnd[2])<<40 | uint64(rnd[3])<<32 | uint64(rnd[4])<<24 | uint64(rnd[5])<<16 | uint64(rnd[6])<<8 | uint64(rnd[7]) | 1<<40
		if node != rt.None {
			n, err := rt.IndexInt(node)
			if err != nil {
				return nil, err
			}
			nd = uint64(n)
		}
		u := &uuidObj{}
		binary.BigEndian.PutUint32(u.b[0:4], uint32(ts))
		binary.BigEndian.PutUint16(u.b[4:6], uint16(ts>>32))
		binary.BigEndian.PutUint16(u.b[6:8], uint16(ts>>48)&0x0fff)
		u.b[8] = byte(seq>>8) & 0x3f
		u.b[9] = byte(seq)
		for i := 0; i < 6; i++ {
			u.b[10+i] = byte(nd >> (40 - 8*i))
		}
		u.setVersion(1)
		return u, nil
	}))
	nameBased := func(fname string, version int) *rt.Builtin {
		return rt.NewFunc(fname, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var ns, name rt.Value
			if err := rt.UnpackArgs(fname, args, kwargs, "namespace", &ns, "name", &name); err != nil {
				return nil, err
			}
			nsu, ok := ns.(*uuidObj)
			if !ok {
				return nil, rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute 'bytes'", rt.TypeName(ns))
			}
			var data string
			switch x := name.(type) {
			case rt.Str:
				data = string(x)
			default:
				raw, ok := reBytesLike(name)
				if !ok {
					return nil, rt.NewError(rt.TypeErrorType, "a bytes-like object is required, not '%s'", rt.TypeName(name))
				}
				data = raw
			}
			u := &uuidObj{}
			if version == 3 {
				sum := md5.Sum(append(nsu.b[:], data...))
				copy(u.b[:], sum[:])
			} else {
				sum := sha1.Sum(append(nsu.b[:], data...))
				copy(u.b[:], sum[:16])
			}
			u.setVersion(version)
			return u, nil
		})
	}
	m.Dict.SetStr("uuid3", nameBased("uuid3", 3))
	m.Dict.SetStr("uuid5", nameBased("uuid5", 5))
	for name, h := range map[string]string{
		"NAMESPACE_DNS":  "6ba7b8109dad11d180b400c04fd430c8",
		"NAMESPACE_URL":  "6ba7b8119dad11d180b400c04fd430c8",
		"NAMESPACE_OID":  "6ba7b8129dad11d180b400c04fd430c8",
		"NAMESPACE_X500": "6ba7b8149dad11d180b400c04fd430c8",
	} {
		u := &uuidObj{}
		raw, _ := hex.DecodeString(h)
		copy(u.b[:], raw)
		m.Dict.SetStr(name, u)
	}
	return m
}
