#!/usr/bin/env bash
# settle_binary.sh FILE... — write back and drop the page cache of each
# freshly built binary, so that the benchmarks measure it as a program
# started from an installed file, not in the page-cache state the linker
# left behind.
#
# Why: since spindle links C code (runtime/libm, cgo), `go build` links it with
# the external linker, whose large writes leave the new file's pages in
# the page cache as large folios; on this kernel (6.18) a page fault in a
# file mapping then maps the whole folio, so the first runs after a build
# have nearly the whole 7.6 MB text and 5.6 MB pclntab resident: print(1)
# peaked at 20.3 MB instead of 15.8 MB (bench/SPAWN.md, start-up RSS).
# Pages read back from disk by running the program come in small folios
# and are mapped 64 KB (fault-around) at a time, as for any installed
# binary; so run each binary once after this (reading it with cat instead
# gave 17.4 MB). Failures are ignored (the measurement is then just
# pessimistic).
for f in "$@"; do
  sync "$f" 2>/dev/null || sync
  dd if="$f" iflag=nocache count=0 status=none 2>/dev/null || true
done
