# urllib.parse: urlparse/urlsplit and inverses, urljoin, urlencode, quote/unquote, parse_qs
import urllib.parse
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urlencode, quote, quote_plus, unquote, unquote_plus, parse_qs, parse_qsl
u = urlparse("HTTP://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password)
print(u[0], u[2], tuple(u) == ("http", "user:pw@Example.COM:8080", "/a/b", "p", "x=1&y=2", "frag"))
print(urlsplit("https://h/p?q#f"))
print(urlparse("/just/path?q=1"), urlparse("mailto:a@b"))
print(urlunparse(("http", "h", "/p", "", "a=1", "")), urlunsplit(("https", "h:1", "p", "", "f")))
print(urljoin("http://a/b/c/d", "../e"), urljoin("http://a/b/", "/x"), urljoin("http://a/b", "http://z/"))
print(urlencode({"a": 1, "b": "x y", "c": "&="}), urlencode([("k", "v"), ("k", "w")]), urlencode({"l": [1, 2]}, doseq=True))
print(quote("a b/c?d=é"), quote("/x y", safe=""), quote_plus("a b&c"), unquote("a%20b%C3%A9%zz"), unquote_plus("a+b%2B"))
print(parse_qs("a=1&b=2&a=3&c="), parse_qs("c=&d", keep_blank_values=True), parse_qsl("x=1&y=a+b%21"))
