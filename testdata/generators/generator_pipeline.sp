# Generator pipelines: lazily chained stages.
log = []
def read(lines):
    for l in lines:
        log.append('read ' + l)
        yield l
def strip_comments(lines):
    for l in lines:
        if not l.startswith('#'):
            yield l
def to_upper(lines):
    for l in lines:
        yield l.upper()
src = ['a', '# comment', 'b', 'c']
p = to_upper(strip_comments(read(src)))
print(next(p), log)
print(list(p), log)
def chunks(seq, n):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(chunk_sum for chunk_sum in map(sum, chunks(range(10), 2)))))
