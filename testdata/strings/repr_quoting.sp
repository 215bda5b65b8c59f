# repr() quote selection and escaping rules.
print(repr('plain'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\n\t\r\\'), repr('\x00\x1f\x7f'), repr('\x80\xa0\xad'), repr('é中'))
print(repr('\u200b'), repr('\U0001F600'), repr('\ud800' if False else 'surrogate'))
print(repr(''), repr("'"), repr('"'), repr('\'"'))
print(str('a\nb'), [ 'a\nb', "q'" ], ('x',), {'k': 'v"'})
print(repr(repr('x')), repr(str(1.5)), ascii('é\n中'))
print(repr('\x0b\x0c'), repr(' '), repr('\u3000'), repr('\u2028'))
