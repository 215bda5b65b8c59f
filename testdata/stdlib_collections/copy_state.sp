# copy with __getstate__/__setstate__
import copy
class Conn:
    def __init__(self, host):
        self.host = host
        self.sock = "open-socket"
    def __getstate__(self):
        st = dict(self.__dict__)
        del st["sock"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.sock = "reconnected"
c = Conn("h")
d = copy.deepcopy(c); e = copy.copy(c)
print(d.host, d.sock, e.sock, d is not c)
class Only:
    def __init__(self): self.items = [1]
    def __setstate__(self, st):
        self.items = st["items"] + [99]
o = copy.deepcopy(Only())
print(o.items)
