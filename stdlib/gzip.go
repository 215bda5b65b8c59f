package stdlib

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The gzip module over Go's compress/gzip: compress, decompress
// (concatenated members, zero padding), open and GzipFile for reading,
// writing, appending and exclusive creation, in binary or text mode.
// Written files carry CPython's header fields (the file name without
// .gz, the mtime, OS 255); the deflate data is Go's (see zlib.go).
//
// Differences from CPython: a text-mode file is a GzipFile in text mode
// (read returns str, lines are decoded one at a time with universal
// newlines), not an io.TextIOWrapper around one; files are opened by
// path only (no fileobj) and are not seekable. The module touches files,
// so it is not among the sandbox's modules.

var (
	gzipFileType   = newModuleType("GzipFile", "gzip")
	badGzipFileErr = newModuleErrorType("BadGzipFile", "gzip", rt.OSErrorType)
)

const (
	gzipRead  = 1
	gzipWrite = 2
)

type gzipFile struct {
	mu     sync.Mutex
	name   string
	mode   int // gzipRead or gzipWrite
	text   bool
	enc    string
	errs   string
	f      *os.File
	r      *bufio.Reader // decompressed data (read mode)
	w      *gzip.Writer
	pend   string // decoded text not yet returned (text read mode)
	eof    bool
	closed bool
}

func (*gzipFile) Type() *rt.Type { return gzipFileType }

func (g *gzipFile) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "name":
		return rt.Str(g.name), nil
	case "mode":
		return rt.MakeInt(int64(g.mode)), nil
	case "closed":
		g.mu.Lock()
		defer g.mu.Unlock()
		return rt.Bool(g.closed), nil
	}
	return nil, nil
}

// gzipMember reads the first member's header of r (multistream):
// CPython's errors for a file that is not gzip.
func gzipReader(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if len(head) == 0 {
		return bufio.NewReader(bytes.NewReader(nil)), nil
	}
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return nil, rt.NewError(badGzipFileErr, fmt.Sprintf("Not a gzipped file (%s)", bytesReprOf(head)))
	}
	z, err := gzip.NewReader(br)
	if err != nil {
		return nil, gzipError(err)
	}
	z.Multistream(false)
	return bufio.NewReader(&gzipPadded{z: z, src: br}), nil
}

// gzipPadded reads the members of a gzip file one after another,
// accepting the zero padding CPython accepts after a member.
type gzipPadded struct {
	z   *gzip.Reader
	src *bufio.Reader
}

func (p *gzipPadded) Read(b []byte) (int, error) {
	for {
		n, err := p.z.Read(b)
		if err != io.EOF {
			return n, err
		}
		if n > 0 {
			return n, nil
		}
		for {
			c, err := p.src.ReadByte()
			if err != nil {
				return 0, io.EOF
			}
			if c != 0 {
				p.src.UnreadByte()
				break
			}
		}
		head, _ := p.src.Peek(2)
		if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
			return 0, rt.NewError(badGzipFileErr, fmt.Sprintf("Not a gzipped file (%s)", bytesReprOf(head)))
		}
		if err := p.z.Reset(p.src); err != nil {
			return 0, gzipError(err)
		}
		p.z.Multistream(false)
	}
}

func strReprOf(s string) string {
	r, _ := rt.Str(s).Repr(nil)
	return r
}

func bytesReprOf(b []byte) string {
	s, _ := rt.Bytes(b).Repr(nil)
	return s
}

func gzipError(err error) error {
	var exc *rt.Exception
	switch {
	case errors.As(err, &exc):
		return err
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return rt.NewError(rt.EOFErrorType, "Compressed file ended before the end-of-stream marker was reached")
	case errors.Is(err, gzip.ErrChecksum):
		return rt.NewError(badGzipFileErr, "CRC check failed")
	case errors.Is(err, gzip.ErrHeader):
		return rt.NewError(badGzipFileErr, "Not a gzipped file")
	}
	return zlibDecodeError(err, "decompressing data")
}

func gzipCompress(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	vs, err := pyArgs("compress", args, kwargs, "data", "compresslevel=", "*", "mtime=")
	if err != nil {
		return nil, err
	}
	data, err := bufferArg(vs[0])
	if err != nil {
		return nil, err
	}
	level := 9
	if vs[1] != nil {
		if level, err = zlibLevel(vs[1]); err != nil {
			return nil, err
		}
	}
	mtime := time.Now().Unix()
	if v := orDefault(vs[2], rt.None); v != rt.None {
		f, err := rt.Call(th, rt.IntType, []rt.Value{v}, nil)
		if err != nil {
			return nil, err
		}
		secs, err := rt.IndexInt(f)
		if err != nil {
			return nil, err
		}
		mtime = int64(secs)
	}
	return gzipCompressBytes(data, level, mtime)
}

// gzipCompressBytes is CPython 3.11's gzip.compress: with mtime 0 it is
// zlib.compress(data, level, wbits=31) (zlib's own header, OS Unix);
// otherwise a header with mtime, the extra flags of the level and OS
// "unknown", a raw deflate stream and the CRC-32 and size trailer.
func gzipCompressBytes(data []byte, level int, mtime int64) (rt.Value, error) {
	wbits := -15
	if mtime == 0 {
		wbits = 31
	}
	d, err := newDeflater(wbits, level, 8, 0, nil)
	if err != nil {
		return nil, err
	}
	if err := d.write(data); err != nil {
		return nil, err
	}
	if err := d.finish(); err != nil {
		return nil, err
	}
	body := d.take()
	if mtime == 0 {
		return body, nil
	}
	xfl := byte(0)
	switch level {
	case 9:
		xfl = 2
	case 1:
		xfl = 4
	}
	out := make([]byte, 0, len(body)+18)
	out = append(out, 0x1f, 0x8b, 8, 0)
	out = binary.LittleEndian.AppendUint32(out, uint32(mtime))
	out = append(out, xfl, 255)
	out = append(out, body...)
	out = binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(data))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(data)))
	return rt.Bytes(out), nil
}

// gzipMtime sets the header's time: mtime seconds, or now for None.
func gzipMtime(w *gzip.Writer, v rt.Value) error {
	if v == rt.None {
		w.ModTime = time.Now()
		return nil
	}
	f, err := rt.Call(nil, rt.IntType, []rt.Value{v}, nil)
	if err != nil {
		return err
	}
	secs, err := rt.IndexInt(f)
	if err != nil {
		return err
	}
	if secs != 0 {
		w.ModTime = time.Unix(int64(secs), 0)
	}
	return nil
}

func gzipDecompress(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	vs, err := pyArgs("decompress", args, kwargs, "data")
	if err != nil {
		return nil, err
	}
	data, err := bufferArg(vs[0])
	if err != nil {
		return nil, err
	}
	r, err := gzipReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, gzipError(err)
	}
	return rt.Bytes(out), nil
}

// gzipOpen is gzip.open and GzipFile(): mode letters as CPython checks
// them.
func gzipOpen(th *rt.Thread, fname string, filename rt.Value, mode string, level int, enc, errs rt.Value, fromOpen bool) (rt.Value, error) {
	text := strings.Contains(mode, "t")
	if fromOpen {
		if strings.Contains(mode, "t") && strings.Contains(mode, "b") {
			return nil, rt.NewError(rt.ValueErrorType, "Invalid mode: %s", strReprOf(mode))
		}
		if !text {
			for _, a := range []struct {
				v    rt.Value
				name string
			}{{enc, "encoding"}, {errs, "errors"}} {
				if a.v != rt.None {
					return nil, rt.NewError(rt.ValueErrorType, "Argument '%s' not supported in binary mode", a.name)
				}
			}
		}
	}
	bare := strings.NewReplacer("t", "", "b", "").Replace(mode)
	if bare == "" || len(bare) > 1 || !strings.Contains("rwax", bare) {
		// GzipFile adds the b, then open() rejects the mode.
		gzMode := strings.ReplaceAll(mode, "t", "")
		if !strings.Contains(gzMode, "b") {
			gzMode += "b"
		}
		return nil, rt.NewError(rt.ValueErrorType, "invalid mode: %s", strReprOf(gzMode))
	}
	var path string
	switch x := filename.(type) {
	case rt.Str:
		path = string(x)
	case rt.Bytes:
		path = string(x)
	default:
		p, err := pathArg(th, fname, filename)
		if err != nil {
			return nil, rt.NewError(rt.TypeErrorType, "filename must be a str or bytes object, or a file")
		}
		path = p
	}
	g := &gzipFile{name: path, text: text, enc: "utf-8", errs: "strict"}
	if s, ok := enc.(rt.Str); ok {
		g.enc = string(s)
	}
	if s, ok := errs.(rt.Str); ok {
		g.errs = string(s)
	}
	var err error
	switch bare {
	case "r":
		g.mode = gzipRead
		if g.f, err = os.Open(path); err != nil {
			return nil, rt.IOError(err, path)
		}
		g.r, err = gzipReader(g.f)
		if err != nil {
			g.f.Close()
			return nil, err
		}
		return g, nil
	case "w":
		g.f, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
	case "a":
		g.f, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o666)
	case "x":
		g.f, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	}
	if err != nil {
		return nil, rt.IOError(err, path)
	}
	g.mode = gzipWrite
	g.w, _ = gzip.NewWriterLevel(g.f, level)
	base := filepath.Base(path)
	g.w.Name = strings.TrimSuffix(base, ".gz")
	g.w.ModTime = time.Now()
	return g, nil
}

// Iter makes a GzipFile iterable (its lines), as file objects are.
func (g *gzipFile) Iter(th *rt.Thread) (rt.Iterator, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return nil, rt.NewError(rt.ValueErrorType, "I/O operation on closed file")
	}
	return g, nil
}

// Next is the next line; the file is its own iterator.
func (g *gzipFile) Next(th *rt.Thread) (rt.Value, bool, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.check(th, gzipRead, "read"); err != nil {
		return nil, false, err
	}
	l, err := g.readline(th)
	if err != nil {
		return nil, false, err
	}
	if n, _ := rt.Len(th, l); n == 0 {
		return nil, false, nil
	}
	return l, true, nil
}

func (g *gzipFile) check(th *rt.Thread, mode int, op string) error {
	if g.closed {
		return rt.NewError(rt.ValueErrorType, "I/O operation on closed file")
	}
	if g.mode != mode {
		msg := fmt.Sprintf("%s() on %s GzipFile object", op, map[int]string{gzipRead: "read-only", gzipWrite: "write-only"}[g.mode])
		return rt.NewException(rt.OSErrorType, rt.MakeInt(9), rt.Str(msg))
	}
	return nil
}

// readLine returns the next line (bytes up to and including \n) or "".
func (g *gzipFile) readLine() (string, error) {
	line, err := g.r.ReadString('\n')
	if err != nil && err != io.EOF {
		return "", gzipError(err)
	}
	return line, nil
}

// textLine returns the next decoded line with universal newlines.
func (g *gzipFile) textLine(th *rt.Thread) (string, error) {
	if g.pend != "" {
		s := g.pend
		g.pend = ""
		return s, nil
	}
	line, err := g.readLine()
	if err != nil || line == "" {
		return "", err
	}
	if strings.HasSuffix(line, "\r") {
		if c, err := g.r.Peek(1); err == nil && c[0] == '\n' {
			g.r.ReadByte()
			line += "\n"
		}
	}
	dv, err := rt.CallMethod(th, rt.Bytes(line), "decode", []rt.Value{rt.Str(g.enc), rt.Str(g.errs)}, nil)
	if err != nil {
		return "", err
	}
	s := strings.ReplaceAll(string(dv.(rt.Str)), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

func (g *gzipFile) read(th *rt.Thread, size int) (rt.Value, error) {
	if !g.text {
		var out []byte
		var err error
		if size < 0 {
			out, err = io.ReadAll(g.r)
		} else {
			out = make([]byte, size)
			var n int
			n, err = io.ReadFull(g.r, out)
			out = out[:n]
			if err == io.ErrUnexpectedEOF || err == io.EOF {
				err = nil
			}
		}
		if err != nil {
			return nil, gzipError(err)
		}
		return rt.Bytes(out), nil
	}
	var b strings.Builder
	n := 0
	for size < 0 || n < size {
		line, err := g.textLine(th)
		if err != nil {
			return nil, err
		}
		if line == "" {
			break
		}
		if size >= 0 {
			rs := []rune(line)
			if n+len(rs) > size {
				g.pend = string(rs[size-n:])
				line = string(rs[:size-n])
			}
			n += len([]rune(line))
		}
		b.WriteString(line)
	}
	return rt.Str(b.String()), nil
}

func (g *gzipFile) readline(th *rt.Thread) (rt.Value, error) {
	if g.text {
		s, err := g.textLine(th)
		return rt.Str(s), err
	}
	s, err := g.readLine()
	return rt.Bytes(s), err
}

func (g *gzipFile) write(th *rt.Thread, data rt.Value) (rt.Value, error) {
	var b []byte
	var n int
	if g.text {
		s, ok := data.(rt.Str)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "write() argument must be str, not %s", rt.TypeName(data))
		}
		ev, err := rt.CallMethod(th, s, "encode", []rt.Value{rt.Str(g.enc), rt.Str(g.errs)}, nil)
		if err != nil {
			return nil, err
		}
		b = []byte(ev.(rt.Bytes))
		n = len([]rune(string(s)))
	} else {
		var err error
		if b, err = bufferArg(data); err != nil {
			return nil, err
		}
		n = len(b)
	}
	if _, err := g.w.Write(b); err != nil {
		return nil, rt.IOError(err, g.name)
	}
	return rt.MakeInt(int64(n)), nil
}

func (g *gzipFile) close() error {
	if g.closed {
		return nil
	}
	g.closed = true
	var err error
	if g.w != nil {
		err = g.w.Close()
	}
	if cerr := g.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return rt.IOError(err, g.name)
	}
	return nil
}

func gzipMethod(name string, mode int, fn func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		g := self.(*gzipFile)
		g.mu.Lock()
		defer g.mu.Unlock()
		if mode != 0 {
			op := name
			if strings.HasPrefix(name, "read") || name == "__next__" {
				op = "read"
			} else if strings.HasPrefix(name, "write") {
				op = "write"
			}
			if err := g.check(th, mode, op); err != nil {
				return nil, err
			}
		}
		return fn(th, g, args, kwargs)
	})
}

// loadGzipModule makes the gzip module (registered in modules.go).
func loadGzipModule() *rt.Module {
	setupGzipTypes()
	return newGzipModule()
}

// gzipSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var gzipSetup sync.Once

func setupGzipTypes() { gzipSetup.Do(initGzipTypes) }

func initGzipTypes() {
	gzipFileType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("GzipFile", args, kwargs, "filename=", "mode=", "compresslevel=", "fileobj=", "mtime=")
		if err != nil {
			return nil, err
		}
		if v := orDefault(vs[3], rt.None); v != rt.None {
			return nil, rt.NewError(rt.TypeErrorType, "GzipFile: fileobj is not supported (open by file name)")
		}
		mode := "rb"
		if m, ok := orDefault(vs[1], rt.None).(rt.Str); ok {
			mode = string(m)
			if !strings.Contains(mode, "b") {
				mode += "b"
			}
		}
		if strings.Contains(mode, "t") {
			return nil, rt.NewError(rt.ValueErrorType, "Invalid mode: %s", strReprOf(mode))
		}
		level := 9
		if vs[2] != nil {
			if level, err = zlibLevel(vs[2]); err != nil {
				return nil, err
			}
		}
		g, err := gzipOpen(th, "GzipFile", orDefault(vs[0], rt.None), mode, level, rt.None, rt.None, false)
		if err != nil {
			return nil, err
		}
		if gf := g.(*gzipFile); gf.w != nil && vs[4] != nil {
			if err := gzipMtime(gf.w, vs[4]); err != nil {
				return nil, err
			}
		}
		return g, nil
	}
	gzipFileType.AddMethods(
		gzipMethod("read", gzipRead, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var sizeV rt.Value = rt.MakeInt(-1)
			if err := rt.UnpackArgs("read", args, kwargs, "size?", &sizeV); err != nil {
				return nil, err
			}
			size := -1
			if sizeV != rt.None {
				var err error
				if size, err = rt.IndexInt(sizeV); err != nil {
					return nil, err
				}
			}
			return g.read(th, size)
		}),
		gzipMethod("readline", gzipRead, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("readline", args, kwargs, "size?", new(rt.Value)); err != nil {
				return nil, err
			}
			return g.readline(th)
		}),
		gzipMethod("readlines", gzipRead, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("readlines", args, kwargs, "hint?", new(rt.Value)); err != nil {
				return nil, err
			}
			var lines []rt.Value
			for {
				l, err := g.readline(th)
				if err != nil {
					return nil, err
				}
				if n, _ := rt.Len(th, l); n == 0 {
					return rt.NewList(lines), nil
				}
				lines = append(lines, l)
			}
		}),
		gzipMethod("__next__", gzipRead, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			l, err := g.readline(th)
			if err != nil {
				return nil, err
			}
			if n, _ := rt.Len(th, l); n == 0 {
				return nil, rt.NewError(rt.StopIterationType)
			}
			return l, nil
		}),
		gzipMethod("__iter__", 0, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if g.closed {
				return nil, rt.NewError(rt.ValueErrorType, "I/O operation on closed file")
			}
			return g, nil
		}),
		gzipMethod("write", gzipWrite, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value
			if err := rt.UnpackArgs("write", args, kwargs, "data", &data); err != nil {
				return nil, err
			}
			return g.write(th, data)
		}),
		gzipMethod("writelines", gzipWrite, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var lines rt.Value
			if err := rt.UnpackArgs("writelines", args, kwargs, "lines", &lines); err != nil {
				return nil, err
			}
			items, err := rt.IterateAll(th, lines)
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				if _, err := g.write(th, it); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		gzipMethod("flush", 0, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if g.w != nil && !g.closed {
				if err := g.w.Flush(); err != nil {
					return nil, rt.IOError(err, g.name)
				}
			}
			return rt.None, nil
		}),
		gzipMethod("close", 0, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, g.close()
		}),
		gzipMethod("readable", 0, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(g.mode == gzipRead), nil
		}),
		gzipMethod("writable", 0, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(g.mode == gzipWrite), nil
		}),
		gzipMethod("seekable", 0, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.False, nil
		}),
		gzipMethod("__enter__", 0, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if g.closed {
				return nil, rt.NewError(rt.ValueErrorType, "I/O operation on closed file")
			}
			return g, nil
		}),
		gzipMethod("__exit__", 0, func(th *rt.Thread, g *gzipFile, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, g.close()
		}),
	)
}

func newGzipModule() *rt.Module {
	m := rt.NewModule("gzip")
	m.Dict.SetStr("compress", rt.NewFunc("compress", gzipCompress))
	m.Dict.SetStr("decompress", rt.NewFunc("decompress", gzipDecompress))
	m.Dict.SetStr("open", rt.NewFunc("open", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs("open", args, kwargs, "filename", "mode=", "compresslevel=", "encoding=", "errors=", "newline=")
		if err != nil {
			return nil, err
		}
		mode := "rb"
		if m := orDefault(vs[1], rt.Str("rb")); true {
			s, ok := m.(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "'in <string>' requires string as left operand, not %s", rt.TypeName(m))
			}
			mode = string(s)
		}
		level := 9
		if vs[2] != nil {
			if level, err = zlibLevel(vs[2]); err != nil {
				return nil, err
			}
		}
		nl := orDefault(vs[5], rt.None)
		if nl != rt.None && !strings.Contains(mode, "t") {
			return nil, rt.NewError(rt.ValueErrorType, "Argument 'newline' not supported in binary mode")
		}
		return gzipOpen(th, "open", vs[0], mode, level, orDefault(vs[3], rt.None), orDefault(vs[4], rt.None), true)
	}))
	m.Dict.SetStr("GzipFile", gzipFileType)
	m.Dict.SetStr("BadGzipFile", badGzipFileErr)
	m.Dict.SetStr("READ", rt.MakeInt(gzipRead))
	m.Dict.SetStr("WRITE", rt.MakeInt(gzipWrite))
	for name, v := range map[string]int64{"FTEXT": 1, "FHCRC": 2, "FEXTRA": 4, "FNAME": 8, "FCOMMENT": 16} {
		m.Dict.SetStr(name, rt.MakeInt(v))
	}
	return m
}
