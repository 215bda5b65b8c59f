package runtime

import "io"

// writeBuf is a File's write buffer. Unlike bufio.Writer, whose first
// error sticks and is returned by every later call, a failed write
// leaves the buffer usable: what a flush did not write stays buffered
// and goes out first at the next write or flush, as in CPython's
// BufferedWriter. A blocking write can fail and the file live on: a
// flush to a full pipe or socket cancelled by a timeout scope raises
// Cancelled (or TimeoutError at the scope), and the same file written
// after the scope works again, without losing what was buffered.
type writeBuf struct {
	w   io.Writer
	buf []byte // pending bytes; cap is the buffer size
}

func newWriteBuf(w io.Writer, size int) *writeBuf {
	return &writeBuf{w: w, buf: make([]byte, 0, size)}
}

// Buffered returns the number of bytes waiting to be written.
func (b *writeBuf) Buffered() int { return len(b.buf) }

// Flush writes the pending bytes; on an error the unwritten ones stay.
func (b *writeBuf) Flush() error {
	for len(b.buf) > 0 {
		n, err := b.w.Write(b.buf)
		if n > 0 {
			b.buf = b.buf[:copy(b.buf, b.buf[n:])]
		}
		if err != nil {
			return err
		}
		if n == 0 {
			return io.ErrShortWrite
		}
	}
	return nil
}

// WriteString buffers s, flushing first when it does not fit; a string
// at least as large as the buffer is written directly. On an error
// before anything of s was taken it returns 0; a direct write returns
// how much of s it wrote (the rest is dropped, as CPython does).
func (b *writeBuf) WriteString(s string) (int, error) {
	if len(b.buf)+len(s) <= cap(b.buf) {
		b.buf = append(b.buf, s...)
		return len(s), nil
	}
	if err := b.Flush(); err != nil {
		return 0, err
	}
	if len(s) < cap(b.buf) {
		b.buf = append(b.buf, s...)
		return len(s), nil
	}
	return b.w.Write([]byte(s))
}
