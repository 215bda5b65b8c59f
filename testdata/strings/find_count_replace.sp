# Searching: find/rfind/index/rindex/count/startswith/endswith/replace/in.
s = 'the cat sat on the mat'
print(s.find('at'), s.find('at', 6), s.find('at', 6, 8), s.find('dog'), s.rfind('at'), s.rfind('the'))
print(s.index('sat'), s.rindex('t'), s.count('at'), s.count('t'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith(('a', 'the')), s.endswith('mat'), s.endswith('at', 0, 7), s.startswith('cat', 4))
print(s.replace('at', 'og'), s.replace('at', 'og', 2), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
print('cat' in s, 'dog' not in s, '' in s, '' in '')
print(''.find(''), 'abc'.find('', 10), 'abc'.find('c', -1), 'abc'.rfind(''))
try:
    s.index('dog')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('dog')
except ValueError as e:
    print('ValueError:', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    s.startswith(['the'])
except TypeError as e:
    print('TypeError:', e)
