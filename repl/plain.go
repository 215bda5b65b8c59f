package repl

import (
	"bufio"
	"io"
	"strings"
)

// plainReader reads the interactive input from a pipe or file (spindle
// -i with stdin not a terminal): as CPython, the prompts go to stderr,
// with no line editing, and end of input ends the last prompt's line.
type plainReader struct {
	in      *bufio.Reader
	prompts io.Writer
}

func newPlainReader(in io.Reader, prompts io.Writer) *plainReader {
	return &plainReader{in: bufio.NewReader(in), prompts: prompts}
}

func (p *plainReader) readLine(prompt string) (string, error) {
	io.WriteString(p.prompts, prompt)
	line, err := p.in.ReadString('\n')
	if err != nil && line == "" {
		if prompt != "" {
			io.WriteString(p.prompts, "\n")
		}
		return "", io.EOF
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

func (p *plainReader) close() {}
