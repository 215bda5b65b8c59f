# AttributeError on None in a method-call chain.
def find(items, key):
    for item in items:
        if item == key:
            return item
text = find(['a', 'b'], 'z')
print(text.upper())
