def f():
    count = 0
    await:
        async:
            count = count + 1
    return count
