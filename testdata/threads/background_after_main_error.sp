# the main thread's traceback is printed, then the background group is joined (its threads run until done)
import time
def later():
    time.sleep(0.2)
    print("background finished")
spawn(later)
raise ValueError("main failed")
