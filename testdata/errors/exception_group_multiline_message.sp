# inside a group's box, CPython's printer puts the margin only on the first line of a multi-line message; notes get it on every line
e = ValueError("a\nb")
e.add_note("note one\nnote two")
raise ExceptionGroup("multi\nline", [e, ExceptionGroup("x\ny", [KeyError("k\nz")])])
