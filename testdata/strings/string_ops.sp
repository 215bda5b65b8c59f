# Operators on strings: +, *, comparison, membership, iteration, hashing-free equality.
a, b = 'abc', 'abd'
print(a + b, a * 2, 2 * a, a < b, a <= 'abc', 'a' < 'ab', '' < 'a', 'B' < 'a')
print(a == 'abc', a != 'ABC', a is not None, 'Z' > 'A')
print(list('hey'), tuple('hi'), set('aa') == {'a'}, [c * 2 for c in 'xyz'])
print(sorted('hello'), ''.join(sorted('hello', reverse=True)), max('hello'), min('hello'))
print(len(''), len('a' * 1000), str(123) + str(4.5) + str([1]))
t = 'x'
t += 'y'
t = t * 3
print(t, 'abc'[1:] + 'abc'[:1])
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
print(str(), str('s'), str(b'x'), str(1e5), str(-12))
print('a' 'b' == 'ab', 'ab'.__len__(), 'ab'.__contains__('b'), 'ab'.__add__('c'))
