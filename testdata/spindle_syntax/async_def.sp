# SPINDLE-SPECIFIC (hand-written .err, PROVISIONAL — see testdata/README.md).
# `async def` is not part of Spindle; the caret is under the 'a' of `async`.
print('never printed')
async def fetch(url):
    return url
