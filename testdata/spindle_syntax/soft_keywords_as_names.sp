# SPINDLE-SPECIFIC folder, but the .out equals CPython's: `match`, `case` and
# `_` stay ordinary identifiers; only the `match` STATEMENT is rejected.
match = ['m', 'a']
case = 2
print(match, case)
print(match[0], len(match))
def match_fn(match):
    return match * case
print(match_fn(3))
match.append('x')
print(match)
