def f():
    await:
        async:
            return 1
