# CRLF line endings are accepted like LF (this file uses \r\n).
x = 1
if x:
    print("crlf ok")
s = """multi
line"""
print(repr(s))
total = (1 +
         2)
print(total, \
      "after backslash continuation")
