# SPINDLE-SPECIFIC (hand-written .err, PROVISIONAL — see testdata/README.md).
# `match` statements are not part of Spindle: a SyntaxError, reported before
# anything runs (so the print below never happens).
print('never printed')
command = 'go'
match command:
    case 'go':
        print('going')
    case _:
        print('unknown')
