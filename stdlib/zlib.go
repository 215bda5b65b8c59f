package stdlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"hash/crc32"
	"io"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The zlib module over Go's compress/zlib, compress/flate and
// compress/gzip. The formats are the same as CPython's (wbits selects
// zlib, raw deflate or gzip; 32+ on decompression detects zlib or gzip),
// so data compressed by either decompresses with the other, but Go's
// compressor is not C zlib's: compressed bytes (and their length) differ
// from CPython's for the same input and level. memLevel and strategy
// are validated and otherwise ignored (Go has only its default
// strategy, plus HuffmanOnly for Z_HUFFMAN_ONLY). Errors use zlib's
// messages; a corrupt deflate block says "invalid compressed data"
// where C zlib names the precise fault.
//
// A decompressobj gives the same total output as C zlib's, but Go's
// inflater hands out a block's bytes later (a truncated stream may
// yield less before more input arrives). max_length is honoured by
// feeding the input in small pieces and keeping the rest in
// unconsumed_tail; the output of the last piece can exceed it, and
// flush() returns what is left.

var zlibErrorType = newModuleErrorType("error", "zlib", rt.ExceptionType)

var (
	zlibCompressType   = newModuleType("Compress", "zlib")
	zlibDecompressType = newModuleType("Decompress", "zlib")
)

const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
	zTrees        = 6
	zHuffmanOnly  = 2
)

func zlibErr(format string, args ...any) error {
	return rt.NewError(zlibErrorType, append([]any{format}, args...)...)
}

// zlibDecodeError maps a Go decompression error to zlib's message.
func zlibDecodeError(err error, while string) error {
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		return zlibErr("Error -3 while %s: incorrect header check", while)
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return zlibErr("Error -3 while %s: incorrect data check", while)
	case errors.Is(err, zlib.ErrDictionary):
		return zlibErr("Error 2 while %s", while)
	case errors.As(err, &corrupt):
		return zlibErr("Error -3 while %s: invalid compressed data", while)
	}
	return zlibErr("Error -5 while %s: incomplete or truncated stream", while)
}

// compressFormat checks a compression wbits: the container and the
// window (Go's window is always 32 KiB, which every reader accepts).
func compressFormat(wbits int) (inflateFormat, bool) {
	switch {
	case wbits >= 9 && wbits <= 15:
		return fmtZlib, true
	case wbits >= -15 && wbits <= -9:
		return fmtRaw, true
	case wbits >= 25 && wbits <= 31:
		return fmtGzip, true
	}
	return 0, false
}

// decompressFormat checks a decompression wbits.
func decompressFormat(wbits int) (inflateFormat, bool) {
	switch {
	case wbits == 0 || wbits >= 8 && wbits <= 15:
		return fmtZlib, true
	case wbits >= -15 && wbits <= -8:
		return fmtRaw, true
	case wbits >= 24 && wbits <= 31:
		return fmtGzip, true
	case wbits >= 40 && wbits <= 47:
		return fmtAuto, true
	}
	return 0, false
}

func zlibLevel(v rt.Value) (int, error) {
	level, err := rt.IndexInt(v)
	if err != nil {
		return 0, err
	}
	if level < -1 || level > 9 {
		return 0, zlibErr("Bad compression level")
	}
	return level, nil
}

func zlibCompress(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var data rt.Value
	var levelV, wbitsV rt.Value = rt.MakeInt(-1), rt.MakeInt(15)
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "compress() takes at least 1 positional argument (0 given)")
	}
	if err := rt.UnpackArgs("compress", args, kwargs, "data", &data, "/", "level?", &levelV, "wbits?", &wbitsV); err != nil {
		return nil, err
	}
	b, err := bufferArg(data)
	if err != nil {
		return nil, err
	}
	level, err := zlibLevel(levelV)
	if err != nil {
		return nil, err
	}
	wbits, err := rt.IndexInt(wbitsV)
	if err != nil {
		return nil, err
	}
	if _, ok := compressFormat(wbits); !ok {
		return nil, zlibErr("Bad compression level")
	}
	d, err := newDeflater(wbits, level, 8, 0, nil)
	if err != nil {
		return nil, zlibErr("Bad compression level")
	}
	if err := d.write(b); err != nil {
		return nil, err
	}
	if err := d.finish(); err != nil {
		return nil, err
	}
	return d.take(), nil
}

// inflateAll decompresses one complete stream held in memory; it returns
// the output and the bytes after the stream.
func inflateAll(format inflateFormat, data []byte, dict []byte) ([]byte, []byte, error) {
	r := bytes.NewReader(data)
	br := &countingReader{r: r}
	var dec io.Reader
	var err error
	switch format {
	case fmtRaw:
		dec = flate.NewReaderDict(br, dict)
	case fmtGzip:
		var g *gzip.Reader
		if g, err = gzip.NewReader(br); err == nil {
			g.Multistream(false)
			dec = g
		}
	case fmtAuto:
		if len(data) > 0 && data[0] == 0x1f {
			return inflateAll(fmtGzip, data, dict)
		}
		return inflateAll(fmtZlib, data, dict)
	default:
		if dict != nil {
			dec, err = zlib.NewReaderDict(br, dict)
		} else {
			dec, err = zlib.NewReader(br)
		}
	}
	if err != nil {
		return nil, nil, err
	}
	out, err := io.ReadAll(dec)
	if err != nil {
		return out, nil, err
	}
	return out, data[br.n:], nil
}

// countingReader is a byte reader over memory that counts what the
// decompressor took.
type countingReader struct {
	r *bytes.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

func zlibDecompress(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var data rt.Value
	var wbitsV, bufsizeV rt.Value = rt.MakeInt(15), rt.MakeInt(16384)
	if len(args) == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "decompress() takes at least 1 positional argument (0 given)")
	}
	if err := rt.UnpackArgs("decompress", args, kwargs, "data", &data, "/", "wbits?", &wbitsV, "bufsize?", &bufsizeV); err != nil {
		return nil, err
	}
	b, err := bufferArg(data)
	if err != nil {
		return nil, err
	}
	wbits, err := rt.IndexInt(wbitsV)
	if err != nil {
		return nil, err
	}
	bufsize, err := rt.IndexInt(bufsizeV)
	if err != nil {
		return nil, err
	}
	if bufsize < 0 {
		return nil, rt.NewError(rt.ValueErrorType, "bufsize must be non-negative")
	}
	format, ok := decompressFormat(wbits)
	if !ok {
		return nil, zlibErr("Error -2 while preparing to decompress data: inconsistent stream state")
	}
	out, _, err := inflateAll(format, b, nil)
	if err != nil {
		return nil, zlibDecodeError(err, "decompressing data")
	}
	return rt.Bytes(out), nil
}

func zlibChecksum(name string, start uint32, update func(uint32, []byte) uint32) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var data rt.Value
		var valueV rt.Value = rt.MakeInt(int64(start))
		if err := rt.UnpackArgs(name, args, kwargs, "data", &data, "value?", &valueV, "/"); err != nil {
			return nil, err
		}
		b, err := bufferArg(data)
		if err != nil {
			return nil, err
		}
		v := rt.ToBig(valueV)
		if v == nil {
			return nil, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(valueV))
		}
		// CPython takes the value modulo 2**32.
		mask := v.Uint64() & 0xffffffff
		if v.Sign() < 0 {
			mask = uint64(uint32(v.Int64()))
		}
		return rt.MakeInt(int64(update(uint32(mask), b))), nil
	})
}

// crc32Update continues a CRC-32 (zlib.crc32, binascii.crc32).
func crc32Update(crc uint32, p []byte) uint32 { return crc32.Update(crc, crc32.IEEETable, p) }

func adler32Update(adler uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := adler&0xffff, adler>>16
	for len(p) > 0 {
		n := min(len(p), 5552)
		for _, c := range p[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}

// zlibCompressObj is a compressobj().
type zlibCompressObj struct {
	mu       sync.Mutex
	d        *deflater
	finished bool
}

func (*zlibCompressObj) Type() *rt.Type { return zlibCompressType }

// zlibDecompressObj is a decompressobj().
type zlibDecompressObj struct {
	mu      sync.Mutex
	z       *inflater
	unused  []byte
	tail    []byte
	dictSet bool
}

func (*zlibDecompressObj) Type() *rt.Type { return zlibDecompressType }

func (o *zlibDecompressObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	switch name {
	case "unused_data":
		return rt.Bytes(o.unused), nil
	case "unconsumed_tail":
		return rt.Bytes(o.tail), nil
	case "eof":
		return rt.Bool(o.z.ended && o.z.failure() == nil), nil
	}
	return nil, nil
}

// zlibSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var zlibSetup sync.Once

func setupZlibTypes() { zlibSetup.Do(initZlibTypes) }

func initZlibTypes() {
	zlibCompressType.AddMethods(
		rt.NewMethod("compress", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value
			if err := rt.UnpackArgs("compress", args, kwargs, "data", &data, "/"); err != nil {
				return nil, err
			}
			b, err := bufferArg(data)
			if err != nil {
				return nil, err
			}
			o := self.(*zlibCompressObj)
			o.mu.Lock()
			defer o.mu.Unlock()
			if o.finished {
				return nil, zlibErr("Error -2 while compressing data: inconsistent stream state")
			}
			if err := o.d.write(b); err != nil {
				return nil, err
			}
			return o.d.take(), nil
		}),
		rt.NewMethod("flush", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			mode := zFinish
			if err := rt.UnpackArgs("flush", args, kwargs, "mode?", &mode, "/"); err != nil {
				return nil, err
			}
			o := self.(*zlibCompressObj)
			o.mu.Lock()
			defer o.mu.Unlock()
			if mode == zNoFlush {
				return rt.Bytes(""), nil
			}
			if o.finished {
				return nil, zlibErr("Error -2 while flushing: inconsistent stream state")
			}
			var err error
			if mode == zFinish {
				err = o.d.finish()
				o.finished = true
			} else {
				err = o.d.flushMode(mode)
			}
			if err != nil {
				return nil, err
			}
			return o.d.take(), nil
		}),
	)
	zlibDecompressType.AddMethods(
		rt.NewMethod("decompress", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value
			maxLength := 0
			if len(args) == 0 {
				return nil, rt.NewError(rt.TypeErrorType, "decompress() takes at least 1 positional argument (0 given)")
			}
			if err := rt.UnpackArgs("decompress", args, kwargs, "data", &data, "/", "max_length?", &maxLength); err != nil {
				return nil, err
			}
			b, err := bufferArg(data)
			if err != nil {
				return nil, err
			}
			if maxLength < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "max_length must be non-negative")
			}
			o := self.(*zlibDecompressObj)
			o.mu.Lock()
			defer o.mu.Unlock()
			return o.decompress(b, maxLength)
		}),
		rt.NewMethod("flush", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			length := 16384
			if err := rt.UnpackArgs("flush", args, kwargs, "length?", &length, "/"); err != nil {
				return nil, err
			}
			if length <= 0 {
				return nil, rt.NewError(rt.ValueErrorType, "length must be greater than zero")
			}
			o := self.(*zlibDecompressObj)
			o.mu.Lock()
			defer o.mu.Unlock()
			out, err := o.decompress(o.tail, 0)
			if err != nil {
				return nil, err
			}
			return out, nil
		}),
	)
}

// decompress feeds data (at most as much as max_length of output needs,
// in pieces, leaving the rest in unconsumed_tail) and returns the output.
func (o *zlibDecompressObj) decompress(b []byte, maxLength int) (rt.Value, error) {
	o.tail = nil
	const piece = 256
	for len(b) > 0 && !o.z.ended {
		if maxLength > 0 && o.z.pending() >= maxLength {
			break
		}
		n := len(b)
		if maxLength > 0 {
			n = min(n, piece)
		}
		o.unused = append(o.unused, o.z.feed(b[:n])...)
		b = b[n:]
	}
	if o.z.ended {
		o.unused = append(o.unused, b...)
		b = nil
	}
	o.tail = append([]byte(nil), b...)
	if err := o.z.failure(); err != nil {
		return nil, zlibDecodeError(err, "decompressing data")
	}
	return rt.Bytes(o.z.take(maxLength)), nil
}

// loadZlibModule makes the zlib module (registered in modules.go).
func loadZlibModule() *rt.Module {
	setupZlibTypes()
	return newZlibModule()
}

func newZlibModule() *rt.Module {
	m := rt.NewModule("zlib")
	m.Dict.SetStr("error", zlibErrorType)
	for _, f := range []*rt.Builtin{
		rt.NewFunc("compress", zlibCompress),
		rt.NewFunc("decompress", zlibDecompress),
		zlibChecksum("crc32", 0, crc32Update),
		zlibChecksum("adler32", 1, adler32Update),
		rt.NewFunc("compressobj", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var levelV rt.Value = rt.MakeInt(-1)
			method, wbits, memLevel, strategy := 8, 15, 8, 0
			var zdict rt.Value = rt.None
			if err := rt.UnpackArgs("compressobj", args, kwargs, "level?", &levelV, "method?", &method, "wbits?", &wbits,
				"memLevel?", &memLevel, "strategy?", &strategy, "zdict?", &zdict); err != nil {
				return nil, err
			}
			level, err := rt.IndexInt(levelV)
			if err != nil {
				return nil, err
			}
			_, ok := compressFormat(wbits)
			if !ok || method != 8 || level < -1 || level > 9 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
				return nil, rt.NewError(rt.ValueErrorType, "Invalid initialization option")
			}
			var dict []byte
			if zdict != rt.None {
				if dict, err = bufferArg(zdict); err != nil {
					return nil, err
				}
			}
			d, err := newDeflater(wbits, level, memLevel, strategy, dict)
			if err != nil {
				return nil, rt.NewError(rt.ValueErrorType, "Invalid initialization option")
			}
			return &zlibCompressObj{d: d}, nil
		}),
		rt.NewFunc("decompressobj", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			wbits := 15
			var zdict rt.Value = rt.Bytes("")
			if err := rt.UnpackArgs("decompressobj", args, kwargs, "wbits?", &wbits, "zdict?", &zdict); err != nil {
				return nil, err
			}
			format, ok := decompressFormat(wbits)
			if !ok {
				return nil, rt.NewError(rt.ValueErrorType, "Invalid initialization option")
			}
			dict, err := bufferArg(zdict)
			if err != nil {
				return nil, rt.NewError(rt.TypeErrorType, "zdict argument must support the buffer protocol")
			}
			if len(dict) == 0 {
				dict = nil
			}
			o := &zlibDecompressObj{z: newInflater(format, dict)}
			stopWhenUnreachable(o, o.z)
			return o, nil
		}),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	for name, v := range map[string]int64{
		"MAX_WBITS": 15, "DEFLATED": 8, "DEF_MEM_LEVEL": 8, "DEF_BUF_SIZE": 16384,
		"Z_NO_COMPRESSION": 0, "Z_BEST_SPEED": 1, "Z_BEST_COMPRESSION": 9, "Z_DEFAULT_COMPRESSION": -1,
		"Z_FILTERED": 1, "Z_HUFFMAN_ONLY": zHuffmanOnly, "Z_RLE": 3, "Z_FIXED": 4, "Z_DEFAULT_STRATEGY": 0,
		"Z_NO_FLUSH": zNoFlush, "Z_PARTIAL_FLUSH": zPartialFlush, "Z_SYNC_FLUSH": zSyncFlush,
		"Z_FULL_FLUSH": zFullFlush, "Z_FINISH": zFinish, "Z_BLOCK": zBlock, "Z_TREES": zTrees,
	} {
		m.Dict.SetStr(name, rt.MakeInt(v))
	}
	// The version of the format CPython 3.11 builds against; the code
	// is Go's, not C zlib.
	m.Dict.SetStr("ZLIB_VERSION", rt.Str("1.2.13"))
	m.Dict.SetStr("ZLIB_RUNTIME_VERSION", rt.Str("1.2.13"))
	return m
}
