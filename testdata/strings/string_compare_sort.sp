# Sorting strings: code-point order, key=str.lower, stability.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', '']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print('abc' < 'abcd' < 'abd' < 'b', 'a' < 'B', 'Z' < 'a')
