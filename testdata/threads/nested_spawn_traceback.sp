def fetch(url):
    raise ValueError("bad url " + url)

def worker(url):
    await:
        async:
            fetch(url)

def download_all(urls):
    await:
        for url in urls:
            async:
                worker(url)

download_all(["x"])
