# threads.dump(format="json") writes names such as "<module>" and "<lambda>"
# as they are, not HTML-escaped as \u003cmodule\u003e.
import json
import threads

s = threads.dump(format="json")
print("\\u003c" in s, '"function": "<module>"' in s)
d = json.loads(s)
print(d["main"]["function"], d["main"]["name"])
f = lambda: threads.dump(format="json")
s = f()
print("\\u003c" in s, '"function": "<lambda>"' in s)
try:
    threads.dump(format="xml")
except ValueError as e:
    print(e)
