# Same name as global, nonlocal and local at different levels.
name = 'global'
def level1():
    name = 'level1'
    def level2():
        nonlocal name
        name = 'level2 via nonlocal'
        def level3():
            global name
            name = 'level3 via global'
        level3()
        return name
    return level2(), name
print(level1(), name)
