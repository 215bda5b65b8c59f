# string.Template: substitute/safe_substitute, $$ escapes, braces, errors, subclass overrides
import string
from string import Template

t = Template("$who likes ${what}s, costs $$5 ${who}")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(t.substitute({"who": "ann", "what": "tea"}), t.substitute({"who": "x", "what": "y"}, who="kw"))
print(Template("$a and $b").safe_substitute(a=1), Template("${a}x $ 5 $").safe_substitute({}))
print(t.get_identifiers(), Template("$ok $").is_valid(), t.is_valid())
try:
    Template("$who and $missing").substitute(who=1)
except KeyError as e:
    print("KeyError:", e)
for bad in ["x $ y", "line1\nab $5", "${a"]:
    try:
        Template(bad).substitute(a=1)
    except ValueError as e:
        print("ValueError:", e)

class Pct(Template):
    delimiter = "%"
print(Pct("%name is %{age} years, 100%%").substitute(name="Bo", age=7))

class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$user.name / $x").substitute({"user.name": "neo", "x": 1}))
print(string.ascii_lowercase[:5], string.capwords("hello world"))
