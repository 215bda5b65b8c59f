# Case conversion and case predicates.
s = 'hello World-foo_bar 3rd'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep='\n')
print('ß'.upper(), 'ǅ'.lower(), 'straße'.casefold())
print("they're bill's".title(), 'ÉCOLE'.lower(), 'éa'.capitalize())
print('abc'.islower(), 'aBc'.islower(), 'ABC'.isupper(), '123'.isupper(), 'A1'.isupper())
print('Hello World'.istitle(), 'Hello world'.istitle(), ''.istitle())
print('abc'.isalpha(), 'ab1'.isalpha(), ''.isalpha(), 'é'.isalpha())
print('123'.isdigit(), '12.3'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric())
print('ab12'.isalnum(), 'ab 12'.isalnum(), ' \t\n'.isspace(), ''.isspace())
print('var_1'.isidentifier(), '1var'.isidentifier(), 'def'.isidentifier())
print('abc'.isascii(), 'é'.isascii(), 'abc\n'.isprintable(), 'abc'.isprintable())
