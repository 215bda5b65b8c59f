package stdlib

import (
	"io"
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// Popen.communicate (and run(), which is Popen plus communicate).
//
// The first call starts helper goroutines: one writes input to the
// child's stdin and closes it, one per output pipe drains it into a
// pipeDrain (raw reads of the descriptor, as CPython's os.read loop;
// data already in p.stdout's buffer is not seen, as in CPython). The
// calling thread then waits for all of them and for the child, as a
// cancellation checkpoint (popen.wait). communicate(timeout=) that
// expires raises TimeoutExpired with the bytes read so far as its
// output and stderr (None for a pipe nothing came from yet, bytes even
// in text mode, as CPython); a later call goes on with the same
// helpers and returns everything. Text mode decodes the whole output at
// the end, with universal newlines.

type commState struct {
	done        chan struct{} // closed when the helpers ended and the child was reaped
	out, errOut *pipeDrain    // nil: not a pipe
	mu          sync.Mutex
	err         error // the first error of a helper
}

// pipeDrain is what has been read from one of the child's pipes.
type pipeDrain struct {
	mu   sync.Mutex
	data []byte
}

func (c *commState) setErr(err error) {
	c.mu.Lock()
	if c.err == nil {
		c.err = err
	}
	c.mu.Unlock()
}

// drain reads f's descriptor to the end on a helper, then closes f.
func (c *commState) drain(f *rt.File, wg *sync.WaitGroup) *pipeDrain {
	d := &pipeDrain{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer f.Close()
		raw := f.OSFile()
		buf := make([]byte, 32*1024)
		for {
			n, err := raw.Read(buf)
			if n > 0 {
				d.mu.Lock()
				d.data = append(d.data, buf[:n]...)
				d.mu.Unlock()
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				c.setErr(rt.IOError(err, ""))
				return
			}
		}
	}()
	return d
}

// soFar is TimeoutExpired's output: the bytes read until now, or None.
func (d *pipeDrain) soFar() rt.Value {
	if d == nil {
		return rt.None
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.data) == 0 {
		return rt.None
	}
	return rt.Bytes(d.data)
}

// result is communicate's value for the pipe once it hit EOF.
func (p *popen) result(th *rt.Thread, d *pipeDrain) (rt.Value, error) {
	if d == nil {
		return rt.None, nil
	}
	d.mu.Lock()
	data := rt.Bytes(d.data)
	d.mu.Unlock()
	if !p.text {
		return data, nil
	}
	enc, errs := p.enc, p.errs
	if enc == rt.None {
		enc = rt.Str("utf-8")
	}
	if errs == rt.None {
		errs = rt.Str("strict")
	}
	v, err := rt.CallMethod(th, data, "decode", []rt.Value{enc, errs}, nil)
	if err != nil {
		return nil, err
	}
	s, ok := v.(rt.Str)
	if !ok {
		return v, nil
	}
	return rt.Str(strings.ReplaceAll(strings.ReplaceAll(string(s), "\r\n", "\n"), "\r", "\n")), nil
}

// startCommunicate starts the helpers of the first communicate call.
func (p *popen) startCommunicate(input rt.Value) *commState {
	c := &commState{done: make(chan struct{})}
	var wg sync.WaitGroup
	if in := p.stdin; in != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if input != rt.None {
				if _, err := in.WriteValue(input); err != nil && !rt.IsExc(err, rt.BrokenPipeErrorType) {
					c.setErr(err)
				}
			}
			in.Close()
		}()
	}
	if p.stdout != nil {
		c.out = c.drain(p.stdout, &wg)
	}
	if p.stderr != nil {
		c.errOut = c.drain(p.stderr, &wg)
	}
	go func() {
		wg.Wait()
		<-p.done
		close(c.done)
	}()
	return c
}

// communicate sends input, reads stdout/stderr to the end and waits.
func (p *popen) communicate(th *rt.Thread, input rt.Value, timeout rt.Value) (rt.Value, rt.Value, error) {
	d, err := timeoutArg(timeout)
	if err != nil {
		return nil, nil, err
	}
	if p.comm == nil {
		if input != rt.None && p.stdin == nil {
			return nil, nil, rt.NewError(rt.ValueErrorType, "Input requires stdin=PIPE")
		}
		p.comm = p.startCommunicate(input)
	}
	c := p.comm
	ok, err := p.wait(th, d, c.done)
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		return nil, nil, newTimeoutExpired(timeoutExpiredType, p.args, timeout, c.out.soFar(), c.errOut.soFar())
	}
	p.returncode()
	if c.err != nil {
		return nil, nil, c.err
	}
	out, err := p.result(th, c.out)
	if err != nil {
		return nil, nil, err
	}
	errOut, err := p.result(th, c.errOut)
	if err != nil {
		return nil, nil, err
	}
	return out, errOut, nil
}
