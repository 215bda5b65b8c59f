# Imported by import_waits.sp: a module body that takes a while.
import time
time.sleep(1)
RUNS = 1
