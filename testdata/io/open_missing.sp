# an uncaught FileNotFoundError from open()
print("start")
with open("missing_fixture_dir/nope.txt") as f:
    print(f.read())
