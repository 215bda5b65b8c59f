import html

print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>", quote=False))
print(html.escape("plain"), repr(html.escape("")))
for s in ["&lt;p&gt;", "&amp;amp;", "&copy; 2024", "&copy 2024", "&notit;", "&notin;", "&amp", "&ampx", "&#65;&#x42;&#X43;",
          "&#0;", "&#x80;", "&#x81;", "&#128512;", "&#xD800;", "&#x110000;", "&#1;", "&#x7f;", "&#xfdd0;", "&#xffff;",
          "&#65", "&#x;", "&#;", "&", "a & b", "&unknown;", "&Aacute;&aacute;", "&NotEqualTilde;", "&nbsp;x",
          "&lt&gt", "&#9;&#13;&#10;", "&#x9F;", "&#150;", "&#x1F600;", "&zwj;", "&hellip;&mdash;", "&#x000041;",
          "&LT;&GT;&AMP;&QUOT;", "&ThickSpace;", "&amp;&#38;&#x26;", "x&#65;y&lt;z"]:
    print(repr(s), repr(html.unescape(s)))
for call in [lambda: html.escape(1), lambda: html.unescape(1), lambda: html.unescape(b"&amp;"), lambda: html.escape(b"<a>")]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
