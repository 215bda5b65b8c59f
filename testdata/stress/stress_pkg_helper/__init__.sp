# Package imported by import_once.sp from many threads.
import time
time.sleep(0.02)
print("stress_pkg_helper body runs")
