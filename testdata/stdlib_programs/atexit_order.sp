# atexit callbacks run last-registered first when the program ends.
import atexit
def bye(n):
    print("bye", n)
atexit.register(bye, 1)
atexit.register(bye, 2)
print("main")
