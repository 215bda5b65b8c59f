# exit and quit are _sitebuiltins.Quitter objects, as in CPython: their
# repr is the hint shown when one types `exit` at the prompt.
print(repr(exit))
print(str(quit))
print(type(exit), type(exit).__name__, callable(quit))
try:
    quit(7)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    exit()
except SystemExit as e:
    print('SystemExit', e.code)
exit('bye')
