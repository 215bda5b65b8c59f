//go:build !cgo

package stdlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"

	rt "github.com/spindle-lang/spindle/runtime"
)

// Without cgo the compressor is Go's compress/flate: a valid stream every
// inflater reads, but not byte for byte CPython's (zlib_deflate_cgo.go).
// memLevel is ignored and the flush modes all sync-flush.

// deflater is a compressor writing into buf.
type deflater struct {
	buf   bytes.Buffer
	w     io.WriteCloser
	flush func() error
}

func newDeflater(wbits, level, memLevel, strategy int, dict []byte) (*deflater, error) {
	format, _ := compressFormat(wbits)
	if strategy == zHuffmanOnly {
		level = flate.HuffmanOnly
	}
	d := &deflater{}
	switch format {
	case fmtRaw:
		fw, err := flate.NewWriterDict(&d.buf, level, dict)
		if err != nil {
			return nil, err
		}
		d.w, d.flush = fw, fw.Flush
	case fmtGzip:
		gw, err := gzip.NewWriterLevel(&d.buf, level)
		if err != nil {
			return nil, err
		}
		d.w, d.flush = gw, gw.Flush
	default:
		zw, err := zlib.NewWriterLevelDict(&d.buf, level, dict)
		if err != nil {
			return nil, err
		}
		d.w, d.flush = zw, zw.Flush
	}
	return d, nil
}

func (d *deflater) write(b []byte) error     { _, err := d.w.Write(b); return err }
func (d *deflater) flushMode(mode int) error { return d.flush() }
func (d *deflater) finish() error            { return d.w.Close() }

// take returns and clears the compressed output so far.
func (d *deflater) take() rt.Bytes {
	b := rt.Bytes(d.buf.String())
	d.buf.Reset()
	return b
}
