# Indentation: any consistent width, tabs, nested blocks, dedent by several levels.
if True:
  print('two spaces')
  if True:
        print('eight more')
        if True:
         print('one more')
print('dedented three levels')
def g():
	print('tab indented')
	if 1:
		print('two tabs')
g()
for i in range(2):
    for j in range(2):
        if i == j:
            print(i, j)
    print('end i', i)
x = [1,
  2,
      3]
print(x)
