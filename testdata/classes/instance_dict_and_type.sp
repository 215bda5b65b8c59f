# type(), isinstance and issubclass with user classes; __dict__ of instances.
class A:
    pass
class B(A):
    pass
b = B()
b.v = 1
print(type(b) is B, type(b).__name__, isinstance(b, A), issubclass(B, A), issubclass(A, B))
print(b.__dict__, B.__name__, B.__bases__ == (A,), isinstance(B, type), type(B).__name__)
print(isinstance(b, (int, A)), issubclass(B, (str, object)))
