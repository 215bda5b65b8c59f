# String prefixes in all letter cases and orders.
print(r'\d', R'\d', b'x', B'x', br'\d', rb'\d', Br'\d', bR'\d', RB'\d', rB'\d')
name = 'n'
print(f'{name}', F'{name}', rf'\{name}', fr'\{name}', Rf'{name}\t', fR'{name}', RF'{name}', FR'{name}')
print(u'text', U'text', len(u'\u00e9'))
print(r'''raw triple \n''', b'''bytes triple''', f'''f triple {name}''')
print(r'a\
b')
