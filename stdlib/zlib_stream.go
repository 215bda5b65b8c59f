package stdlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"runtime"
	"sync"
)

// inflater decompresses a stream that arrives in pieces (zlib's
// decompressobj). Go's decompressors pull their input from an
// io.Reader, so one runs on a goroutine of its own reading from a
// feedReader; feed hands it a piece and waits until it has consumed all
// of it (it asks for more) or the stream has ended. The handoff is
// synchronous: no decompression runs while the caller is not in feed,
// and the output is read only between handoffs. The feedReader is an
// io.ByteReader, so the decompressor takes exactly the bytes of its
// stream: what is left in it at the end is the unused data.
type inflater struct {
	in   chan []byte   // the next piece
	want chan struct{} // the goroutine needs input
	done chan struct{} // closed when the stream ended (or failed)
	quit chan struct{} // closed to stop the goroutine (no more input)
	once sync.Once

	waiting bool // the goroutine sent want and waits on in
	ended   bool

	mu  sync.Mutex // guards out, err, src (written by the goroutine)
	out bytes.Buffer
	err error
	src *feedReader
}

type feedReader struct {
	buf  []byte
	in   <-chan []byte
	want chan<- struct{}
	quit <-chan struct{}
	mu   *sync.Mutex
}

func (r *feedReader) ReadByte() (byte, error) {
	for len(r.buf) == 0 {
		var b []byte
		select {
		case r.want <- struct{}{}:
		case <-r.quit:
			return 0, io.ErrUnexpectedEOF
		}
		select {
		case b = <-r.in:
		case <-r.quit:
			return 0, io.ErrUnexpectedEOF
		}
		r.mu.Lock()
		r.buf = b
		r.mu.Unlock()
	}
	r.mu.Lock()
	c := r.buf[0]
	r.buf = r.buf[1:]
	r.mu.Unlock()
	return c, nil
}

func (r *feedReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	c, err := r.ReadByte()
	if err != nil {
		return 0, err
	}
	p[0] = c
	n := 1
	r.mu.Lock()
	k := copy(p[1:], r.buf)
	r.buf = r.buf[k:]
	r.mu.Unlock()
	return n + k, nil
}

// inflateFormat is the container a decompressor reads.
type inflateFormat int

const (
	fmtZlib inflateFormat = iota
	fmtRaw
	fmtGzip
	fmtAuto // zlib or gzip, from the first byte
)

// newDecompressor makes the Go reader for a format over r.
func newDecompressor(format inflateFormat, r *feedReader, dict []byte) (io.Reader, error) {
	switch format {
	case fmtRaw:
		if dict != nil {
			return flate.NewReaderDict(r, dict), nil
		}
		return flate.NewReader(r), nil
	case fmtGzip:
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, err
		}
		z.Multistream(false)
		return z, nil
	case fmtAuto:
		c, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		r.mu.Lock()
		r.buf = append([]byte{c}, r.buf...)
		r.mu.Unlock()
		if c == 0x1f {
			return newDecompressor(fmtGzip, r, dict)
		}
	}
	if dict != nil {
		return zlib.NewReaderDict(r, dict)
	}
	return zlib.NewReader(r)
}

func newInflater(format inflateFormat, dict []byte) *inflater {
	z := &inflater{in: make(chan []byte), want: make(chan struct{}), done: make(chan struct{}), quit: make(chan struct{})}
	z.src = &feedReader{in: z.in, want: z.want, quit: z.quit, mu: &z.mu}
	go z.run(format, dict)
	return z
}

func (z *inflater) run(format inflateFormat, dict []byte) {
	defer close(z.done)
	dec, err := newDecompressor(format, z.src, dict)
	if err == nil {
		buf := make([]byte, 32*1024)
		for {
			n, rerr := dec.Read(buf)
			z.mu.Lock()
			z.out.Write(buf[:n])
			z.mu.Unlock()
			if rerr != nil {
				if !errors.Is(rerr, io.EOF) {
					err = rerr
				}
				break
			}
		}
	}
	z.mu.Lock()
	z.err = err
	z.mu.Unlock()
}

// feed gives data to the decompressor and waits until it is consumed or
// the stream ends; it returns the bytes that came after the end.
func (z *inflater) feed(data []byte) (unused []byte) {
	if z.ended {
		return data
	}
	if !z.waiting && !z.await() {
		return data
	}
	z.in <- data
	z.waiting = false
	if !z.await() {
		z.mu.Lock()
		unused = append([]byte(nil), z.src.buf...)
		z.src.buf = nil
		z.mu.Unlock()
	}
	return unused
}

// await waits for the goroutine to ask for input (true) or end (false).
func (z *inflater) await() bool {
	select {
	case <-z.want:
		z.waiting = true
		return true
	case <-z.done:
		z.ended = true
		return false
	}
}

// take returns up to max (0: all) bytes of the output produced so far.
func (z *inflater) take(max int) []byte {
	z.mu.Lock()
	defer z.mu.Unlock()
	n := z.out.Len()
	if max > 0 && max < n {
		n = max
	}
	return append([]byte(nil), z.out.Next(n)...)
}

// pending is the number of output bytes not yet taken.
func (z *inflater) pending() int {
	z.mu.Lock()
	defer z.mu.Unlock()
	return z.out.Len()
}

// failure is the decompression error, if the stream failed.
func (z *inflater) failure() error {
	z.mu.Lock()
	defer z.mu.Unlock()
	return z.err
}

// stop ends the goroutine of an unfinished stream (flush, or the object
// became garbage); the stream then counts as truncated.
func (z *inflater) stop() {
	z.once.Do(func() { close(z.quit) })
	<-z.done
	z.ended = true
}

// stopWhenUnreachable arranges for the goroutine to end when owner is
// collected.
func stopWhenUnreachable[T any](owner *T, z *inflater) {
	runtime.AddCleanup(owner, func(z *inflater) { z.once.Do(func() { close(z.quit) }) }, z)
}
