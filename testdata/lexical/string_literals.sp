# String literal forms and prefixes.
print('single', "double")
print('''triple
single''')
print("""triple
double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('adjacent' ' literals' " concatenate")
print(('implicit '
       'concatenation '
       'across lines'))
print(r'raw \n stays', R"raw \t too")
print(r'\\', len(r'\\'))
print(r'a\'b', len(r'a\'b'))
print(u'unicode prefix')
print('')
print("")
print('''''')
print(len('''a
b'''))
print('''contains ' and " and '' ''')
