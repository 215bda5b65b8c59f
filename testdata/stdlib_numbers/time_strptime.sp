import time
t = time.strptime("2024-03-10", "%Y-%m-%d")
print(t, t.tm_zone, t.tm_gmtoff)
t = time.strptime("2024-03-10 +0130", "%Y-%m-%d %z")
print(t, t.tm_zone, t.tm_gmtoff)
print(time.strptime("1 2", "%H %M"))
print(time.strptime("Thu Jan  2 03:04:05 2020"))
print(time.strptime("31/Dec/2023 23:59:58", "%d/%b/%Y %H:%M:%S").tm_yday)
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print("ValueError:", e)
