NAME = "pathmod"
print("loading pathmod")
