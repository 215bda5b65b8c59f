# Comprehension frames appear in tracebacks as <dictcomp> / <genexpr>.
data = {'a': '1', 'b': 'x'}
def convert(d):
    return {k: int(v) for k, v in d.items()}
print(sum(int(v) for v in ['1', '2']))
convert(data)
