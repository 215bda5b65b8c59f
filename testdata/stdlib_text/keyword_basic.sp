import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
for w in ["if", "match", "case", "_", "print", "None", "none", "async", "", "yield"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3), sorted(keyword.__all__))
print(sorted(set(keyword.kwlist)) == keyword.kwlist)
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)
try:
    keyword.iskeyword()
except TypeError as e:
    print("TypeError:", e)
