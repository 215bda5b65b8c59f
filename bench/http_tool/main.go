// Command http_tool is the Go side of the I/O benchmarks (bench/http_bench.sh):
//
//	http_tool server -addr 127.0.0.1:0        a small HTTP server; prints its URL
//	http_tool client -url U -n 5000 -c 50 [-keepalive]
//	                                          the plain-Go client baseline; prints req/s
//	http_tool echoclient -addr A -n 10000     opens n connections at once to an echo
//	                                          server, round-trips a line on each while all
//	                                          are open; prints the wall time
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: http_tool server|client|echoclient ...")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "server":
		server(os.Args[2:])
	case "client":
		client(os.Args[2:])
	case "echoclient":
		echoClient(os.Args[2:])
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(2)
	}
}

func server(args []string) {
	fs := flag.NewFlagSet("server", flag.ExitOnError)
	addr := fs.String("addr", "127.0.0.1:0", "listen address")
	fs.Parse(args)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("http://%s/\n", ln.Addr())
	os.Stdout.Sync()
	body := []byte("hello from the benchmark server\n")
	http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write(body)
	}))
}

func client(args []string) {
	fs := flag.NewFlagSet("client", flag.ExitOnError)
	url := fs.String("url", "", "URL")
	n := fs.Int("n", 5000, "requests")
	c := fs.Int("c", 50, "concurrency")
	keep := fs.Bool("keepalive", false, "reuse connections")
	fs.Parse(args)
	tr := &http.Transport{DisableKeepAlives: !*keep, MaxIdleConnsPerHost: *c, Proxy: nil}
	cl := &http.Client{Transport: tr}
	var next, fails atomic.Int64
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < *c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(*n) {
				r, err := cl.Get(*url)
				if err != nil {
					fails.Add(1)
					continue
				}
				io.Copy(io.Discard, r.Body)
				r.Body.Close()
				if r.StatusCode != 200 {
					fails.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	dt := time.Since(start).Seconds()
	if fails.Load() > 0 {
		fmt.Fprintln(os.Stderr, "failures:", fails.Load())
	}
	fmt.Printf("%.0f\n", float64(*n)/dt)
}

func echoClient(args []string) {
	fs := flag.NewFlagSet("echoclient", flag.ExitOnError)
	addr := fs.String("addr", "", "host:port")
	n := fs.Int("n", 10000, "connections")
	fs.Parse(args)
	start := time.Now()
	conns := make([]net.Conn, *n)
	var wg sync.WaitGroup
	var fails atomic.Int64
	sem := make(chan struct{}, 512) // connect in waves to stay within the accept backlog
	for i := range conns {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := net.Dial("tcp", *addr)
			if err != nil {
				fails.Add(1)
				return
			}
			conns[i] = c
		}(i)
	}
	wg.Wait()
	open := time.Since(start)
	// every connection is open now: round-trip one line on each
	for i, c := range conns {
		if c == nil {
			continue
		}
		wg.Add(1)
		go func(i int, c net.Conn) {
			defer wg.Done()
			msg := fmt.Sprintf("hello %d\n", i)
			if _, err := c.Write([]byte(msg)); err != nil {
				fails.Add(1)
				return
			}
			line, err := bufio.NewReader(c).ReadString('\n')
			if err != nil || line != msg {
				fails.Add(1)
			}
		}(i, c)
	}
	wg.Wait()
	for _, c := range conns {
		if c != nil {
			c.Close()
		}
	}
	fmt.Printf("connections=%d failures=%d open_s=%.3f total_s=%.3f\n", *n, fails.Load(), open.Seconds(), time.Since(start).Seconds())
}
