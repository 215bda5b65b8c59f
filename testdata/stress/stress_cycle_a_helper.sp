# Imported by import_waits.sp together with stress_cycle_b_helper, from another thread.
import time
time.sleep(0.2)
import stress_cycle_b_helper
