def fetch(url):
    raise ValueError("bad url " + url)

def download_all(urls):
    results = {}
    await:
        for url in urls:
            async:
                results[url] = fetch(url)
    return results

download_all(["x"])
