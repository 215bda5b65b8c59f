# async: with no group around it goes to the background group, joined at exit
import time
box = []
async:
    time.sleep(0.1)
    print("background block done", box)
box.append(1)
print("main done")
