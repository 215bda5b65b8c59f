# Comments and blank lines do not affect indentation.

def f(x):
    # comment at body indentation

        # comment indented more
    y = x + 1   # trailing comment

# comment at column 0 inside a function body

    return y
print(f(1))  # trailing
if True:
    pass
    # a comment before dedent
print('after')   
#print('commented out')
s = '# not a comment'
print(s)
print("""# in a triple string
   # also not a comment""")
