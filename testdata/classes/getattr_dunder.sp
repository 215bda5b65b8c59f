# __getattr__ is called only for missing attributes; setattr/getattr/hasattr on instances.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        if name.startswith('x_'):
            raise AttributeError(name)
        return getattr(self.target, name)
p = Proxy('hello')
print(p.upper(), p.target, hasattr(p, 'x_nope'), hasattr(p, 'split'))
setattr(p, 'extra', 5)
print(p.extra, getattr(p, 'extra'), getattr(p, 'x_missing', 'dflt'))
delattr(p, 'extra')
print(hasattr(p, 'extra'))
