# open() for reading a fixture file next to the program; FileNotFoundError.
with open('open_read_fixture.txt') as f:
    print(repr(f.read()))
f = open('open_read_fixture.txt')
print(f.readline(), end='')
print(f.readlines())
f.close()
with open('open_read_fixture.txt') as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
with open('open_read_fixture.txt', 'rb') as f:
    data = f.read()
print(type(data).__name__, len(data), data[:5])
try:
    open('does_not_exist.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e, e.errno)
except OSError as e:
    print('OSError', e)
with open('open_read_fixture.txt', encoding='utf-8') as f:
    print(f.read().split())
