# Building strings with loops, reversal, char arithmetic.
word = 'Spindle'
acc = ''
for ch in word:
    acc = ch + acc
print(acc)
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
caesar = ''.join(chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in 'hello, world')
print(caesar)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
lines = ['first', 'second', 'third']
print('\n'.join(f'{i}: {l}' for i, l in enumerate(lines, 1)))
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()))
pal = 'A man, a plan, a canal: Panama'
clean = [c.lower() for c in pal if c.isalnum()]
print(clean == clean[::-1])
