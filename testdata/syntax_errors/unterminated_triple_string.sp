x = 1
doc = """this triple-quoted string
never ends
print(x)
