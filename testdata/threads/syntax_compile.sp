# compile() and exec() report the resolver's SyntaxErrors (async: rules of LANGUAGE.md §2.3, and CPython's
# symtable errors) when the code is compiled, before any of it runs; no source text for "<string>" code
sources = [
    "print('never runs')\nbreak\n",
    "print('never runs')\nfor i in range(2):\n    async: break\n",
    "print('never runs')\ndef f():\n    x = 1\n    async:\n        x = 2\n",
    "print('never runs')\ndef f():\n    async:\n        return 1\n",
    "print('never runs')\ndef g():\n    async:\n        yield 1\n",
    "print('never runs')\ndef f():\n    nonlocal q\n",
]
for src in sources:
    try:
        compile(src, "<spindle>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg.split(":")[0], e.filename, e.lineno, e.offset, e.text)
    try:
        exec(src)
    except SyntaxError as e:
        print("  exec:", e.msg.split(":")[0], e.filename, e.lineno)
