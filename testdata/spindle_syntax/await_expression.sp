# SPINDLE-SPECIFIC (hand-written .err, PROVISIONAL — see testdata/README.md).
# `await <expr>` is not part of Spindle (calls simply block); the caret is
# under the 'a' of `await`, here in the middle of the line.
def fetch(url):
    return url
def main():
    data = await fetch('x')
    return data
