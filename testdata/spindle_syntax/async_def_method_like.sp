# SPINDLE-SPECIFIC (hand-written .err, PROVISIONAL — see testdata/README.md).
# A nested `async def`: the line is shown without indentation.
def outer():
    async def inner():
        pass
    return inner
