//go:build cgo

package stdlib

/*
#cgo LDFLAGS: -lz
#include <stdlib.h>
#include <zlib.h>

static z_stream *spz_new(int level, int wbits, int memLevel, int strategy, int *err) {
	z_stream *s = calloc(1, sizeof(z_stream));
	if (s == NULL) {
		*err = Z_MEM_ERROR;
		return NULL;
	}
	*err = deflateInit2(s, level, Z_DEFLATED, wbits, memLevel, strategy);
	if (*err != Z_OK) {
		free(s);
		return NULL;
	}
	return s;
}

// spz_deflate runs deflate once; the stream keeps no pointer to in or out.
static int spz_deflate(z_stream *s, unsigned char *in, unsigned int inlen,
		unsigned char *out, unsigned int outlen, int flush,
		unsigned int *consumed, unsigned int *produced) {
	s->next_in = in;
	s->avail_in = inlen;
	s->next_out = out;
	s->avail_out = outlen;
	int r = deflate(s, flush);
	*consumed = inlen - s->avail_in;
	*produced = outlen - s->avail_out;
	s->next_in = Z_NULL;
	s->next_out = Z_NULL;
	return r;
}

static int spz_set_dict(z_stream *s, unsigned char *dict, unsigned int n) {
	return deflateSetDictionary(s, dict, n);
}

static void spz_free(z_stream *s) {
	deflateEnd(s);
	free(s);
}
*/
import "C"

import (
	"runtime"
	"unsafe"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The compressor of zlib.compress and compressobj is the C library's
// zlib, the one CPython links: Go's compress/flate makes a valid but
// different stream (zlib.compress(b"a" * 100) is 15 bytes in Go, 12 in
// CPython), and programs print compressed sizes and bytes. The stream
// lives in C memory; input and output pass by pointer for the length of
// one deflate call only.

// deflater is a zlib deflate stream and the output it has produced.
type deflater struct {
	s   *C.z_stream
	out []byte
}

// newDeflater starts a stream with zlib's deflateInit2 parameters.
func newDeflater(wbits, level, memLevel, strategy int, dict []byte) (*deflater, error) {
	var code C.int
	s := C.spz_new(C.int(level), C.int(wbits), C.int(memLevel), C.int(strategy), &code)
	if s == nil {
		return nil, zlibErr("Error %d while compressing data", int(code))
	}
	d := &deflater{s: s}
	runtime.SetFinalizer(d, (*deflater).end)
	if len(dict) > 0 {
		if C.spz_set_dict(s, (*C.uchar)(unsafe.Pointer(&dict[0])), C.uint(len(dict))) != C.Z_OK {
			d.end()
			return nil, rt.NewError(rt.ValueErrorType, "Invalid dictionary")
		}
	}
	return d, nil
}

// run feeds in with the flush mode and collects the output.
func (d *deflater) run(in []byte, flush int) error {
	if d.s == nil {
		return zlibErr("Error -2 while compressing data: inconsistent stream state")
	}
	var buf [16384]byte
	for {
		var inPtr *C.uchar
		if len(in) > 0 {
			inPtr = (*C.uchar)(unsafe.Pointer(&in[0]))
		}
		var consumed, produced C.uint
		r := C.spz_deflate(d.s, inPtr, C.uint(len(in)), (*C.uchar)(unsafe.Pointer(&buf[0])), C.uint(len(buf)), C.int(flush), &consumed, &produced)
		in = in[consumed:]
		d.out = append(d.out, buf[:produced]...)
		switch {
		case r == C.Z_STREAM_END:
			d.end()
			return nil
		case r != C.Z_OK && r != C.Z_BUF_ERROR:
			return zlibErr("Error %d while compressing data", int(r))
		case len(in) == 0 && int(produced) < len(buf) && flush != zFinish:
			return nil
		}
	}
}

func (d *deflater) write(b []byte) error     { return d.run(b, zNoFlush) }
func (d *deflater) flushMode(mode int) error { return d.run(nil, mode) }
func (d *deflater) finish() error            { return d.run(nil, zFinish) }

// take returns and clears the compressed output so far.
func (d *deflater) take() rt.Bytes {
	b := rt.Bytes(d.out)
	d.out = d.out[:0]
	return b
}

// end frees the C stream (at Z_STREAM_END, or by the finalizer).
func (d *deflater) end() {
	if d.s != nil {
		C.spz_free(d.s)
		d.s = nil
	}
}
