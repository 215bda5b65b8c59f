# Imported by import_once.sp from 16 threads at once: a slow body that must run once.
import time

LOADS = 1
print("stress_slow_helper body runs")
time.sleep(0.05)
DONE = True
