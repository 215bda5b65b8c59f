# repr of lists with floats, strings, nested empties; str == repr for lists.
print([0.1, 1.0, 1e100, -0.0, float('inf')])
print(['a', "b'c", 'd"e', '\n'])
print([[], [[]], (), ((),), {}, set()])
print(str([1, 'x']) == repr([1, 'x']), len(str([1, 2, 3])))
print([True, None, ...])
