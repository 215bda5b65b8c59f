# a plain except after except* is reported at its keyword
try:
    pass
except *ValueError:
    pass
except:
    pass
