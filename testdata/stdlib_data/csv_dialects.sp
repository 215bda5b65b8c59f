# csv dialect classes: subclassing csv.excel / csv.Dialect, register_dialect, get_dialect
import csv, io

class Semi(csv.excel):
    delimiter = ";"

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

s = io.StringIO()
csv.writer(s, dialect=Semi).writerow(["a;b", 1])
csv.writer(s, Pipes).writerow(["x|y", "it's"])
csv.writer(s, csv.excel_tab).writerow(["t", "u"])
print(repr(s.getvalue()))
print(list(csv.reader(["a;'b;c'"], Semi, quotechar="'")), list(csv.reader(["p|'q|r'"], dialect=Pipes)))
csv.register_dialect("semi", Semi)
csv.register_dialect("colon", delimiter=":")
print(list(csv.reader(["1:2"], "colon")), list(csv.reader(["1;2"], dialect="semi")))
d = csv.get_dialect("colon")
print(d.delimiter, repr(d.lineterminator), d.quoting, "semi" in csv.list_dialects())
print(csv.excel.delimiter, csv.unix_dialect.quoting, repr(csv.excel_tab.delimiter))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
