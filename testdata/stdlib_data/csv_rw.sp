# csv reader/writer/DictReader/DictWriter with StringIO, lists and files; quoting and dialects
import csv, io

data = 'name,age,note\r\nAda,36,"likes ""math"", logic"\r\nBob,,"multi\nline"\r\n\r\nCy,7,plain\r\n'
r = csv.reader(io.StringIO(data, newline=""))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a;b;'c;d'", "1;2;3"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["x\ty"], dialect="excel-tab")))
print(list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(['"unterminated'])), list(csv.reader(['a,"b"c'])))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader(['"x'], strict=True))
except csv.Error as e:
    print("Error:", e)

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", 1, 2.5, None, True, 'q"uote', "com,ma", "new\nline", ""]))
w.writerows([[1, 2], [], [""], ["x"]])
print(repr(out.getvalue()))
for q in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL]:
    s = io.StringIO()
    csv.writer(s, quoting=q, lineterminator="\n").writerow(["a", 1, 1.5, "b c"])
    print(q, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d'])
print(repr(s.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
s = io.StringIO()
csv.writer(s, dialect="unix").writerow(["u", 1])
csv.writer(s, delimiter="|", quotechar="'", doublequote=False, escapechar="\\").writerow(["p|q", "it's"])
print(repr(s.getvalue()))
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error:", e)
try:
    csv.reader([], delimiter="::")
except TypeError as e:
    print("TypeError:", e)

text = "id,name,score\n1,Ann,90\n2,Ben\n3,Cat,70,extra\n"
dr = csv.DictReader(io.StringIO(text))
print(dr.fieldnames)
for row in dr:
    print(dr.line_num, row)
print(list(csv.DictReader(["x,y", "1,2"], fieldnames=["A", "B"], restkey="rest")))
print(list(csv.DictReader(["a,b", "1"], restval="?")))
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["id", "name"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann"})
dw.writerows([{"id": 2}, {"name": "Zed", "id": 3}])
print(repr(s.getvalue()))
try:
    dw.writerow({"id": 4, "bad": 1})
except ValueError as e:
    print("ValueError:", e)
s = io.StringIO()
csv.DictWriter(s, ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})
print(repr(s.getvalue()))

with open("csv_rw_fixture.tmp", "w", newline="") as f:
    csv.writer(f).writerows([["h1", "h2"], ["v,1", "v2"]])
with open("csv_rw_fixture.tmp", newline="") as f:
    print(list(csv.reader(f)))
import os
os.remove("csv_rw_fixture.tmp")
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, "excel" in csv.list_dialects())
