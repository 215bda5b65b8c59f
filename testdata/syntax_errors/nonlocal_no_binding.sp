def f():
    nonlocal undefined_here
    undefined_here = 1
