import time
time.sleep(0.02)
print("stress_pkg_helper.sub body runs")
VALUE = "sub ready"
