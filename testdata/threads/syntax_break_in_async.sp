for i in range(3):
    await:
        async:
            break
