# KeyError str/repr with various key types.
for key in ['k', 1, (1, 2), None, '', 'quote\'s', 2.5, (), ('solo',)]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    set().remove('x')
except KeyError as e:
    print(repr(str(e)))
