# SyntaxError: unterminated string literal.
name = 'world
print(name)
