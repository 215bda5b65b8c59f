# Imported by import_once.sp: its body fails.
import time
time.sleep(0.01)
1 / 0
