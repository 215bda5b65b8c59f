# pprint of collections types (OrderedDict, defaultdict, Counter, deque) when they need wrapping
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

words = "the quick brown fox jumps over the lazy dog and the cat sat on the mat with a hat".split()
pprint.pprint(Counter(words))
dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
pprint.pprint(dd)
pprint.pprint(OrderedDict((w, len(w)) for w in words))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint({"c": Counter("abracadabra"), "d": deque([1, 2]), "e": defaultdict(int), "o": OrderedDict()})
pprint.pprint([Counter(words)], width=40)
