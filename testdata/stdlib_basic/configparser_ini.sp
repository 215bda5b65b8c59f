# configparser: INI parsing (DEFAULT, continuation lines, comments), typed getters with fallback, interpolation, section proxies, read_dict, write, files, and the error classes' messages.
import configparser, io, os, tempfile
text = """
# comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
base = /srv

[bitbucket.org]
User = hg
path = %(base)s/hg
; another comment
multi = first line
    second line

    third after blank

[topsecret.server.com]
Port: 50022
ForwardX11 = no
ratio = 0.75
"""
cfg = configparser.ConfigParser()
cfg.read_string(text)
print(cfg.sections(), cfg.defaults(), "bitbucket.org" in cfg, "DEFAULT" in cfg, len(cfg), list(cfg))
print(cfg["bitbucket.org"]["user"], cfg.get("bitbucket.org", "path"), repr(cfg["bitbucket.org"]["multi"]))
print(cfg.getint("topsecret.server.com", "port"), cfg.getboolean("topsecret.server.com", "ForwardX11"), cfg.getfloat("topsecret.server.com", "ratio"), cfg["topsecret.server.com"].getboolean("compression"))
print(cfg.get("bitbucket.org", "nope", fallback="fb"), cfg.getint("x", "y", fallback=7), cfg["bitbucket.org"].get("nope"), cfg["bitbucket.org"].get("nope", "d"))
print(cfg.options("topsecret.server.com"), cfg.items("bitbucket.org"), cfg.items("bitbucket.org", raw=True)[1])
print(cfg.has_section("x"), cfg.has_option("bitbucket.org", "USER"), cfg.has_option("bitbucket.org", "compression"))
for sect in cfg:
    print(sect, dict(cfg[sect]))
cfg.add_section("new"); cfg.set("new", "key", "v%%al"); cfg["new"]["other"] = "1"
cfg["dicty"] = {"a": "1", "B": "two"}
print(cfg.get("new", "key"), cfg.get("new", "key", raw=True), dict(cfg["dicty"]), cfg.remove_option("new", "other"), cfg.remove_section("nope"))
out = io.StringIO(); cfg.write(out); print(out.getvalue())
errs = [
    lambda: cfg.get("missing", "k"),
    lambda: cfg.get("new", "missing"),
    lambda: cfg.add_section("new"),
    lambda: cfg.add_section("DEFAULT"),
    lambda: cfg.getint("bitbucket.org", "user"),
    lambda: cfg.getboolean("bitbucket.org", "user"),
    lambda: configparser.ConfigParser().read_string("key = v\n"),
    lambda: configparser.ConfigParser().read_string("[a]\nx = 1\nx = 2\n"),
    lambda: configparser.ConfigParser().read_string("[a]\n[a]\n"),
    lambda: configparser.ConfigParser().read_string("[a]\nnovalue\n"),
    lambda: cfg.set("new", "bad", "50%"),
    lambda: cfg.set("new", "num", 5),
    lambda: cfg["nosuch"],
]
for f in errs:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, configparser.Error))
c2 = configparser.ConfigParser(); c2.read_string("[s]\na = %(b)s\nb = %(a)s\nc = %(zz)s\n")
for k in "ac":
    try:
        c2.get("s", k)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
raw = configparser.RawConfigParser(); raw.read_string("[s]\np = 100%\n"); print(raw.get("s", "p"))
nv = configparser.ConfigParser(allow_no_value=True); nv.read_string("[s]\nflag\nk = v\n"); print(nv.get("s", "flag"), nv.items("s"))
d = tempfile.mkdtemp(); p = os.path.join(d, "c.ini")
with open(p, "w") as f:
    cfg.write(f)
c3 = configparser.ConfigParser(); print(c3.read([p, os.path.join(d, "missing.ini")]) == [p], c3.sections())
c4 = configparser.ConfigParser(defaults={"x": "1"}); print(c4.defaults(), c4.get("DEFAULT", "x"))
c5 = configparser.ConfigParser(inline_comment_prefixes=("#",)); c5.read_string("[s]\nk = v # note\n"); print(c5["s"]["k"])
os.remove(p); os.rmdir(d)
