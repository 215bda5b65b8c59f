# Identifiers: underscores, digits, unicode letters, soft keywords as names.
_ = 1
__x = 2
a1b2 = 3
_private_ = 4
print(_, __x, a1b2, _private_)
café = 'coffee'
π = 3.14159
日本 = 'japan'
Ωmega_2 = 'o'
print(café, π, 日本, Ωmega_2)
match = 'match is a soft keyword'
case = 'case too'
type = 'shadowing type'
print(match, case, type)
del type
print(type(1).__name__)
print(len('café'), len('日本'))
CamelCase = 1; camelcase = 2
print(CamelCase, camelcase)
