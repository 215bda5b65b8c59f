# spawns outside any group go to the background group, joined at exit
import time

def later(msg):
    time.sleep(0.1)
    print(msg)

f = spawn(later, "background done")
print("main done")
