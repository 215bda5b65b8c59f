# Atomic groups, possessive quantifiers, conditional groups and repeat
# counts over 1000 (Go's RE2 has none: they run on the backtracking matcher).
import re
for pat, s in [(r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'a++a', 'aaa'), (r'a*+b', 'aab'), (r'(a)?(?(1)b|c)', 'ab c'),
               (r'(?P<q>")?\w+(?(q)")', '"abc" def "x'), (r'(?(1)a|b)(c)', 'bc ac'), (r'x{1001}', 'x'*1001),
               (r'(?:ab|a)++b', 'abb'), (r'a{1,2}+a', 'aaa'), (r'(?>(a)|b)c', 'bc ac'), ('é*+é', 'éé')]:
    print(pat, re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
for bad in ['(a)(?(2)b)', '(?(a)b)', '(?(0)a)', '(?(1a)b)', '(a)(?(1)a|b|c)', 'a**', 'a*+*', '(?(1', 'a{2}{3}', 'a*{2}']:
    try:
        re.compile(bad); print(bad, 'ok')
    except re.error as e:
        print(bad, e)
