# await:/async: — children collect into a dict; the group waits for them all
import time

def fetch_url(url):
    time.sleep(0.01 * len(url))
    return len(url)

def download_all(urls):
    results = {}
    await:
        for url in urls:
            async:
                results[url] = fetch_url(url)
    return results

r = download_all(["a", "bb", "ccc", "dddd"])
print(sorted(r.items()))
print(download_all([]))

# one-line suites, and a block that only spawns
out = [None] * 5
await:
    for i in range(5):
        async: out[i] = i * i
print(sorted(out))

# break/continue/return from an await: body act on the enclosing code
def first_even(xs):
    for x in xs:
        await:
            async: out.append(x)
            if x % 2 == 0:
                return x
    return None
print(first_even([1, 3, 4, 5]))
n = 0
while True:
    await:
        n += 1
        if n == 3:
            break
print(n)
